import type { ReportCatalog } from '../core/i18n/report-catalog.js';
import type { WizardCatalog } from '../core/i18n/wizard-catalog.js';
import { planSchema } from '../core/plan/schema.js';
import { schemaAt } from '../core/plan/schema-walk.js';
import { displayValue, getIn, setIn, withUnasked, type Draft } from './draft.js';
import { isDecimal, type Dec } from '../core/decimal.js';
import { implausibleRate, teamAndCompute } from '../core/plan/plausible.js';
import { DESIGN_STEPS, PERCENT_UNITS, SECTIONS, type Field, type Question, type Section } from './questions.js';
import { echoTypedNumber, readTypedNumber } from './typed-number.js';
import { validateAnswer } from './validate.js';
import { formatter } from '../core/format.js';
import { wizardCatalogs } from '../core/i18n/index.js';
import { LANGUAGES } from '../core/plan/schema.js';
import { CHURN, DOWNSIDE_DEFAULTS, DOWNSIDE_KEYS, DOWNSIDE_NAME, DOWNSIDE_PATHS, downsideAnswersFrom, TOKEN_PRICES } from '../core/whatif/downside.js';
import { checkDownsideAnswer, downsideEntry, draftFigure, figureAt, runsModel, typedShare, type DownsideTyped } from './downside.js';

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

/** Answers given on the command line before the wizard asks: `--downside-churn 50%`. */
export interface WizardPreset {
  /** The downside's answers from its flags; present (even empty, for `--downside`) when a downside was asked for. */
  downside?: DownsideTyped;
}

type Item = Record<string, unknown> | string;

const FIXED_COSTS = 'resources.fixed_costs_monthly';

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

/** A section's name on the command line (`init --step revenue_model`): its plan key, or its id. */
export const stepName = (section: Section) => section.key ?? section.id;

/** A section's title as its heading shows it: "Step 4/6 · Revenue model", or "Growth assumptions". */
export function sectionTitle(section: Section, t: WizardCatalog): string {
  const { title } = t.sections[section.id];
  return section.step === undefined ? title : t.step(section.step, DESIGN_STEPS, title);
}

/** A plan's seats x price, as the revenue per customer it makes; undefined without both. */
function seatsTimesPrice(plan: Draft): string | undefined {
  const [seats, price] = [getIn(plan, ['revenue_model', 'seats_per_customer']), getIn(plan, ['revenue_model', 'price_per_seat_monthly'])];
  if (seats === undefined || price === undefined) return undefined;
  const [s, p] = [typedNumber(['revenue_model', 'seats_per_customer'], displayValue(seats, false)), typedNumber(['revenue_model', 'price_per_seat_monthly'], displayValue(price, false))];
  return s && p ? s.mul(p).toString() : undefined;
}

/** A typed number as the schema reads it (a percent as a fraction), or undefined when it does not read as one. */
function typedNumber(path: readonly (string | number)[], typed: string): Dec | undefined {
  const parsed = schemaAt(planSchema, path)?.safeParse(typed);
  return parsed?.success && isDecimal(parsed.data) ? parsed.data : undefined;
}


/**
 * Walks the six design steps, then growth, risks and thresholds (or only the `sections`
 * given), asking for every plan key with the start plan's value as the default, so pressing
 * Enter keeps it. Each answer is checked by the plan schema as it is typed. Returns the
 * answered plan as plain data, with what it does not ask about (milestones, the sections
 * not asked) kept from the start plan.
 */
export async function runWizard(ask: Prompter, start: Draft, text: WizardText, sections: readonly Section[] = SECTIONS, preset: WizardPreset = {}): Promise<Draft> {
  const t = text.wizard;
  const r = text.report;
  const draft: Draft = { version: 1 };
  const currency = () => {
    const code = draft.currency ?? start.currency;
    return typeof code === 'string' ? code : 'USD';
  };

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
    const unit = f.kind === 'number' ? `${t.unitHint(r.units[f.unit](currency()))}${perSeats(f.unit)}` : '';
    const hint = f.optional ? t.optionalHint : '';
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
    if (f.optional && trimmed === '') return undefined;
    return percent ? plausible(path, trimmed) : trimmed;
  }

  /** A rate past any real business (8 typed for 8% reads as 800%): asks whether the percent was meant. */
  async function plausible(path: readonly (string | number)[], typed: string): Promise<string> {
    const value = typedNumber(path, typed);
    const odd = value === undefined ? undefined : implausibleRate(path, value);
    if (!odd) return typed;
    const pct = (d: Dec) => `${d.mul(100).toString()}%`;
    const meant = await ask.confirm({ message: t.didYouMean(pct(odd.value), odd.per, pct(odd.max), pct(odd.meant)), default: true });
    return meant ? pct(odd.meant) : typed;
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

  /** Asks again only the fields a whole-list rule judges, item by item, keeping the rest as answered. */
  async function refields(q: Extract<Question, { kind: 'list' }>, items: readonly Item[]): Promise<Item[]> {
    const listKey = q.path.join('.');
    const noun = t.items[listKey] ?? listKey;
    const again = q.item === 'text' ? [] : q.item.filter((f) => q.together?.includes(f.key));
    const out: Item[] = [];
    for (const [index, existing] of items.entries()) {
      if (typeof existing === 'string') {
        out.push(existing);
        continue;
      }
      ask.say(`${t.itemHeader(noun, index + 1)}: ${itemLabel(existing)}`, 'heading');
      out.push({ ...existing, ...(await fields(again, [...q.path, index], listKey, existing)) });
    }
    return out;
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
        // A rule over the whole list (shares adding up) asks again only the fields it judges.
        let asked = false;
        const items = await checkedTogether(q.path, (previous) => {
          const again = asked && q.together !== undefined && Array.isArray(previous);
          asked = true;
          if (again) ask.say(t.sharesAgain, 'note');
          return again ? refields(q, previous as Item[]) : list(q, previous);
        }, initial);
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
      case 'downside':
        await downside(q, initial);
        return;
      default:
        if (q.kind === 'number' && q.seat !== undefined) {
          await seatQuestion(q, initial);
          return;
        }
        if (q.kind === 'number' && q.path.join('.') === FIXED_COSTS) {
          setIn(draft, q.path, await fixedCosts(q, initial));
          return;
        }
        setIn(draft, q.path, await field(q, q.path, q.path.join('.'), initial));
    }
  }

  const seatPricing = () => getIn(draft, ['revenue_model', 'pricing_model']) === 'seat';
  const seatsAnswered = () => {
    const seats = displayValue(getIn(draft, ['revenue_model', 'seats_per_customer']), false);
    return seatPricing() && seats !== '' ? seats : undefined;
  };
  /** With seat pricing, a per-customer question says how many seats a customer is. */
  const perSeats = (unit: string) => {
    const seats = seatsAnswered();
    return seats !== undefined && unit.includes('Customer') ? t.seatHint(seats) : '';
  };

  /**
   * Seats and a seat's price with seat pricing, else the revenue per customer. Seat pricing
   * writes arpu_monthly too, as seats x price, so the model reads one figure either way.
   */
  async function seatQuestion(q: Extract<Question, { kind: 'number' }>, initial: unknown): Promise<void> {
    const seat = seatPricing();
    // Seat keys go without seat pricing; with it, arpu_monthly was written with the seat's price.
    if (q.seat !== seat) {
      if (q.seat) setIn(draft, q.path, undefined);
      return;
    }
    if (!q.seat) {
      // A plan turning from seats to a flat price starts from what its seats made.
      setIn(draft, q.path, await field(q, q.path, q.path.join('.'), initial ?? seatsTimesPrice(start)));
      return;
    }
    setIn(draft, q.path, await field(q, q.path, q.path.join('.'), initial));
    if (q.path.at(-1) !== 'price_per_seat_monthly') return;
    const seats = typedNumber(['revenue_model', 'seats_per_customer'], displayValue(getIn(draft, ['revenue_model', 'seats_per_customer']), false));
    const price = typedNumber(q.path, displayValue(getIn(draft, q.path), false));
    if (!seats || !price) return;
    const money = formatter(t.locale, currency()).moneyExact;
    setIn(draft, ['revenue_model', 'arpu_monthly'], seats.mul(price).toString());
    ask.say(t.seatArpu(seats.toString(), money(price), money(seats.mul(price))), 'note');
  }

  /** The team's payroll plus the compute budget, as answered so far: the least fixed costs can be. */
  function teamAndComputeAnswered(): Dec | undefined {
    const resources = schemaAt(planSchema, ['resources'])?.safeParse({ cash: 0, fixed_costs_monthly: 0, ...(getIn(draft, ['resources']) as object | undefined) });
    return resources?.success ? teamAndCompute(resources.data as Parameters<typeof teamAndCompute>[0]) : undefined;
  }

  /** Fixed costs, offered as the team plus compute when not yet known, and compared with them once typed. */
  async function fixedCosts(q: Extract<Question, { kind: 'number' }>, initial: unknown): Promise<unknown> {
    const floor = teamAndComputeAnswered();
    const money = formatter(t.locale, currency()).moneyExact;
    const known = floor !== undefined && floor.gt(0);
    if (known) ask.say(t.teamAndCompute(money(floor)), 'note');
    const answer = await field(q, q.path, q.path.join('.'), initial ?? (known ? floor.toString() : undefined));
    const typed = typeof answer === 'string' ? typedNumber(q.path, answer) : undefined;
    if (known && typed?.lt(floor)) ask.say(t.fixedCostsBelow(money(typed), money(floor)), 'problem');
    return answer;
  }

  /**
   * The downside scenario, offered (or offered to be replaced) after every figure is known:
   * three quick answers, each relative to the plan's figure it makes worse. Declining keeps
   * what the plan had.
   */
  async function downside(q: Extract<Question, { kind: 'downside' }>, initial: unknown): Promise<void> {
    // The plan as it stands with this run's answers: the figures the scenario makes worse.
    const plan = withUnasked(start, draft, sections.flatMap((s) => s.questions.map((x) => x.path)));
    const description = getIn(initial, ['description']);
    const message = initial === undefined ? (t.questions.scenarios ?? '') : t.downside.replace(typeof description === 'string' ? description : DOWNSIDE_NAME);
    if (!(await ask.confirm({ message, default: preset.downside !== undefined }))) {
      if (initial !== undefined) setIn(draft, q.path, initial);
      return;
    }
    const base = draftFigure(plan);
    const shown = (path: string, figure: Dec) =>
      path === CHURN ? `${figure.mul(100).toString()}%` : TOKEN_PRICES.some((p) => p === path) ? formatter(t.locale, currency()).moneyExact(figure) : figure.toString();
    const typed: DownsideTyped = {};
    for (const key of DOWNSIDE_KEYS) {
      if (key === 'pricier_tokens' && !runsModel(plan)) continue;
      const path = DOWNSIDE_PATHS[key];
      const figure = base(path);
      // A downside the wizard wrote before offers its own answers again.
      const previous = downsideAnswersFrom(base, figureAt(path, getIn(initial, ['set', path])), path, key);
      const answer = await ask.text({
        message: `${t.questions[`scenarios.downside.${key}`] ?? key}${figure ? t.downside.relativeTo(shown(path, figure)) : ''}`,
        default: preset.downside?.[key] ?? previous ?? DOWNSIDE_DEFAULTS[key],
        validate: (value) => checkDownsideAnswer(key, value, t.problem),
      });
      typed[key] = typedShare(answer);
    }
    const entry = downsideEntry(plan, typed, planWords().downside, initial);
    setIn(draft, q.path, entry);
    ask.say(t.downside.written(DOWNSIDE_NAME), 'note');
    for (const [path, value] of Object.entries(entry.set as Record<string, string>)) {
      const from = base(path);
      const to = figureAt(path, value);
      ask.say(`  ${path}: ${from ? shown(path, from) : '?'} → ${to ? shown(path, to) : value}`, 'note');
    }
  }

  /** The words written into the plan speak the plan's language, whatever the wizard speaks. */
  function planWords(): WizardCatalog {
    const language = draft.language ?? start.language;
    return (LANGUAGES as readonly unknown[]).includes(language) ? wizardCatalogs[language as keyof typeof wizardCatalogs] : t;
  }

  for (const section of sections) {
    ask.say('');
    ask.say(sectionTitle(section, t), 'heading');
    ask.say(t.sections[section.id].why, 'note');
    for (const q of section.questions) await question(q);
  }
  return withUnasked(start, draft, sections.flatMap((s) => s.questions.map((q) => q.path)));
}
