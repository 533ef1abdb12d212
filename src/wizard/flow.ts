import type { ReportCatalog } from '../core/i18n/report-catalog.js';
import type { WizardCatalog } from '../core/i18n/wizard-catalog.js';
import { planSchema } from '../core/plan/schema.js';
import { schemaAt } from '../core/plan/schema-walk.js';
import { displayValue, getIn, setIn, withUnasked, type Draft } from './draft.js';
import { DESIGN_STEPS, PERCENT_UNITS, SECTIONS, type Field, type Question } from './questions.js';
import { echoTypedNumber, readTypedNumber } from './typed-number.js';
import { validateAnswer } from './validate.js';

/** The prompts the wizard needs. The shell implements them with inquirer; tests may too. */
export interface Prompter {
  text(options: { message: string; default?: string; validate: (value: string) => true | string }): Promise<string>;
  choice(options: { message: string; choices: ReadonlyArray<{ value: string; name: string }>; default?: string }): Promise<string>;
  confirm(options: { message: string; default: boolean }): Promise<boolean>;
  /** A line of its own between prompts: a step's heading, a note on why it matters, or a problem to fix. */
  say(line: string, style?: 'heading' | 'note' | 'problem'): void;
}

export interface WizardText {
  wizard: WizardCatalog;
  report: ReportCatalog;
}

type Item = Record<string, unknown> | string;

function choiceNames(key: string, r: ReportCatalog): Record<string, string> {
  const names: Record<string, Record<string, string>> = {
    language: { en: 'English', zh: '中文' },
    pricing_model: r.pricingModels,
    type: r.partnerTypes,
    status: r.partnerStatuses,
    category: r.riskCategories,
    likelihood: r.levels,
    impact: r.levels,
    serve_from: r.computeWords.serveFrom,
  };
  return names[key] ?? {};
}

/** What an item is called in "Keep the competitor X?": its first text field. */
function itemLabel(item: Item): string {
  if (typeof item === 'string') return item;
  const first = Object.values(item).find((v) => typeof v === 'string');
  return typeof first === 'string' ? first : '';
}

/**
 * Walks the six design steps, then growth, risks and thresholds, asking for every plan key
 * with the start plan's value as the default, so pressing Enter keeps it. Each answer is
 * checked by the plan schema as it is typed. Returns the answered plan as plain data, with
 * what it does not ask about (milestones) kept from the start plan.
 */
export async function runWizard(ask: Prompter, start: Draft, text: WizardText): Promise<Draft> {
  const t = text.wizard;
  const r = text.report;
  const draft: Draft = { version: 1 };
  const currency = () => (typeof draft.currency === 'string' ? draft.currency : 'USD');

  async function field(f: Field, path: readonly (string | number)[], messageKey: string, initial: unknown): Promise<unknown> {
    const message = t.questions[messageKey] ?? messageKey;
    if (f.kind === 'flag') return (await ask.confirm({ message, default: initial === true })) ? true : undefined;
    if (f.kind === 'choice') {
      const names = choiceNames(f.key, r);
      const choices = f.choices.map((value) => ({ value, name: names[value] ?? value }));
      const fallback = typeof initial === 'string' && f.choices.includes(initial) ? initial : undefined;
      return ask.choice({ message, choices, default: fallback });
    }
    const percent = f.kind === 'number' && PERCENT_UNITS.has(f.unit);
    const unit = f.kind === 'number' ? ` ${t.unitHint(r.units[f.unit](currency()))}` : '';
    const hint = f.optional ? ` (${t.optionalHint})` : '';
    // Numbers as people type them (`$5B`, `5,000,000`, `1.2万`) become the plain digits the plan holds.
    const read = (value: string) => (f.kind === 'number' ? readTypedNumber(value, { percent }) : undefined);
    const answer = await ask.text({
      message: `${message}${unit}${hint}`,
      default: displayValue(initial, percent) || undefined,
      validate: (value) => validateAnswer(path, read(value)?.text ?? value, f.optional, t.problem),
    });
    const typed = read(answer);
    if (f.kind === 'number' && typed?.reinterpreted) {
      const units = r.units[f.unit];
      const money = f.unit.startsWith('money');
      ask.say(
        echoTypedNumber(typed, {
          locale: t.locale,
          currency: currency(),
          kind: money ? 'money' : percent ? 'percent' : 'plain',
          unit: money ? units : (amount) => `${amount} ${units('')}`,
        }),
        'note',
      );
    }
    const trimmed = typed?.text ?? answer.trim();
    return f.optional && trimmed === '' ? undefined : trimmed;
  }

  /** Asks a map's fields in turn; a skipped optional field is left out. */
  async function fields(list: readonly Field[], at: readonly (string | number)[], messageBase: string, initial: unknown): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const f of list) {
      const value = await field(f, [...at, f.key], `${messageBase}.${f.key}`, getIn(initial, [f.key]));
      if (value !== undefined) out[f.key] = value;
    }
    return out;
  }

  async function item(q: Extract<Question, { kind: 'list' }>, index: number, initial: Item | undefined): Promise<Item> {
    const listKey = q.path.join('.');
    if (q.item === 'text') return (await field({ kind: 'text', key: listKey }, [...q.path, index], listKey, initial)) as string;
    if (!q.shapes) return fields(q.item, [...q.path, index], listKey, initial);
    // The fields every shape has, then which shape, then that shape's fields only.
    const { ask: askKey, shapes } = q.shapes;
    const shaped = new Set(shapes.flatMap((s) => s.fields));
    const common = await fields(q.item.filter((f) => !shaped.has(f.key)), [...q.path, index], listKey, initial);
    const current = shapes.find((s) => s.fields.some((k) => getIn(initial, [k]) !== undefined)) ?? shapes[0];
    const id = await ask.choice({ message: t.questions[askKey] ?? askKey, choices: shapes.map((s) => ({ value: s.id, name: t.shapes[s.id] ?? s.id })), default: current?.id });
    const chosen = shapes.find((s) => s.id === id)?.fields ?? [];
    return { ...common, ...(await fields(q.item.filter((f) => chosen.includes(f.key)), [...q.path, index], listKey, initial)) };
  }

  async function list(q: Extract<Question, { kind: 'list' }>, initial: unknown): Promise<Item[]> {
    const listKey = q.path.join('.');
    const noun = t.items[listKey] ?? listKey;
    const items: Item[] = [];
    const given = Array.isArray(initial) ? (initial as Item[]) : [];
    for (const existing of given) {
      if (!(await ask.confirm({ message: t.keepItem(noun, itemLabel(existing)), default: true }))) continue;
      ask.say(t.itemHeader(noun, items.length + 1), 'heading');
      items.push(await item(q, items.length, existing));
    }
    for (;;) {
      const mustAdd = items.length < (q.min ?? 0);
      const first = t.listIntro[listKey] ?? t.addFirst(noun);
      if (!mustAdd && !(await ask.confirm({ message: items.length === 0 ? first : t.addAnother(noun), default: false }))) break;
      ask.say(t.itemHeader(noun, items.length + 1), 'heading');
      items.push(await item(q, items.length, undefined));
    }
    return items;
  }

  /** Asks a set of fields until the schema accepts them together (som <= sam <= tam, shares adding up). */
  async function checkedTogether<T>(path: readonly string[], askAll: (previous: unknown) => Promise<T>, initial: unknown): Promise<T> {
    let previous = initial;
    for (;;) {
      const value = await askAll(previous);
      const result = schemaAt(planSchema, path)?.safeParse(value);
      if (!result || result.success) return value;
      const issue = result.error.issues[0];
      const message = issue ? (t.problem({ code: issue.code, message: issue.message, input: issue.input, params: 'params' in issue ? issue.params : undefined }) ?? issue.message) : '';
      ask.say(`${[...path, ...(issue?.path ?? [])].join('.')}: ${message}`, 'problem');
      previous = value;
    }
  }

  async function question(q: Question): Promise<void> {
    const initial = getIn(start, q.path);
    switch (q.kind) {
      case 'list': {
        const items = await checkedTogether(q.path, (previous) => list(q, previous), initial);
        setIn(draft, q.path, items);
        return;
      }
      case 'group':
      case 'inference': {
        if (q.kind === 'group' && q.requires && getIn(draft, q.requires) === undefined) {
          setIn(draft, q.path, undefined);
          return;
        }
        const message = q.kind === 'group' ? (t.listIntro[q.path.join('.')] ?? t.hasMarketSize) : t.servesModel;
        if (!(await ask.confirm({ message, default: initial !== undefined }))) return;
        const value = await checkedTogether(q.path, (previous) => fields(q.fields, q.path, q.path.join('.'), previous), initial);
        setIn(draft, q.path, value);
        return;
      }
      case 'primary-segment': {
        const segments = (getIn(draft, ['target_market', 'segments']) as Array<Record<string, unknown>> | undefined) ?? [];
        const names = segments.map((s) => String(s.name));
        const fallback = typeof initial === 'string' && names.includes(initial) ? initial : names[0];
        setIn(draft, q.path, await ask.choice({ message: t.questions[q.path.join('.')] ?? '', choices: names.map((n) => ({ value: n, name: n })), default: fallback }));
        return;
      }
      default:
        setIn(draft, q.path, await field(q, q.path, q.path.join('.'), initial));
    }
  }

  for (const section of SECTIONS) {
    const { title, why } = t.sections[section.id];
    ask.say('');
    ask.say(section.step === undefined ? title : t.step(section.step, DESIGN_STEPS, title), 'heading');
    ask.say(why, 'note');
    for (const q of section.questions) await question(q);
  }
  return withUnasked(start, draft, SECTIONS.flatMap((s) => s.questions.map((q) => q.path)));
}
