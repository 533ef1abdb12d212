import { access } from 'node:fs/promises';
import path from 'node:path';
import { calculate, planFormatter } from '../core/calculate.js';
import { catalogs, wizardCatalogs, type Language, type WizardCatalog } from '../core/i18n/index.js';
import { loadPlan } from '../core/plan/load.js';
import { spliceMetrics } from '../core/plan/metrics-block.js';
import { formatProblem } from '../core/plan/problems.js';
import { LANGUAGES } from '../core/plan/schema.js';
import { editPlanText } from '../core/plan/edit-plan.js';
import { renderPlanYaml, type PlanComments } from '../core/plan/write-plan.js';
import { printable } from '../core/render/safe-text.js';
import { renderSummary } from '../core/render/summary.js';
import { DESIGN_STEPS, numberUnits, SECTIONS, type Section } from '../wizard/questions.js';
import type { Draft } from '../wizard/draft.js';
import { runWizard, sectionTitle, stepName, type Prompter } from '../wizard/flow.js';
import { checkDownsideAnswer, downsideEntry, runsModel, typedShare, withDownside, type DownsideTyped } from '../wizard/downside.js';
import { DOWNSIDE_DEFAULTS, DOWNSIDE_KEYS, DOWNSIDE_NAME, type DownsideKey } from '../core/whatif/downside.js';
import { scenarioPlan } from '../core/whatif/scenarios.js';
import { DRAFT_FILE, draftText, planFingerprint, readDraft, removeDraft, saveDraft } from '../shell/draft-file.js';
import { renderPlanReport } from './calc-document.js';
import { EXIT, isPromptExit, noteOnInterrupt, UserError } from '../shell/errors.js';
import { readUserFile } from '../shell/read-file.js';
import { claimOutput, ensureFolder, writeFiles } from '../shell/write-files.js';
import { processOutput, type Output } from '../shell/output.js';
import { findTemplate, listTemplates } from '../shell/plan-templates.js';
import { DEFAULT_PLAN } from '../shell/plan-read.js';
import { localeLanguage } from '../shell/locale.js';
import { claimReportPath, defaultReportPath, reportDate } from '../shell/report-file.js';

const PLAN_FILE = DEFAULT_PLAN;
const REPORT_FILE = defaultReportPath(DEFAULT_PLAN);

export interface InitOptions {
  cwd: string;
  /** Folder to write bizplan.yaml and bizplan.report.md into; the cwd when not given. */
  out?: string;
  /** A template from templates/plans to start from. */
  template?: string;
  /** A YAML or JSON file, shaped like a plan, that answers every question. */
  answers?: string;
  /** Accept the template (or the default template) without asking. */
  yes?: boolean;
  /** Replace an existing plan or report. */
  force?: boolean;
  /** Language of the wizard and, by default, of the report. */
  lang?: string;
  listTemplates?: boolean;
  /** The report's date, YYYY-MM-DD. */
  date?: string;
  env?: NodeJS.ProcessEnv;
  output?: Output;
  /** Whether a person is at a terminal; by default, whether stdin and stdout are both terminals. */
  interactive?: boolean;
  /** The prompts; inquirer's unless a test brings its own. */
  prompter?: Prompter;
  /** Revise one step of the existing plan, by its name (`revenue_model`), then review and write. */
  step?: string;
  /** Add a downside scenario (with --yes or --answers; in the wizard, offer it as yes). */
  downside?: boolean;
  /** The downside's answers, each a share such as "25%": each implies --downside. */
  downsideGrowth?: string;
  downsideChurn?: string;
  downsideTokens?: string;
}

/** The downside flags, by the answer each gives. */
const DOWNSIDE_FLAGS: ReadonlyArray<[DownsideKey, '--downside-growth' | '--downside-churn' | '--downside-tokens', 'downsideGrowth' | 'downsideChurn' | 'downsideTokens']> = [
  ['slower_growth', '--downside-growth', 'downsideGrowth'],
  ['higher_churn', '--downside-churn', 'downsideChurn'],
  ['pricier_tokens', '--downside-tokens', 'downsideTokens'],
];

/**
 * The downside asked for on the command line, checked before any question like every
 * answer: undefined when no downside flag is given; each answer not given takes its default.
 */
function downsideFromFlags(options: InitOptions, t: WizardCatalog): DownsideTyped | undefined {
  const given = DOWNSIDE_FLAGS.filter(([, , option]) => options[option] !== undefined);
  if (!options.downside && given.length === 0) return undefined;
  const typed: DownsideTyped = {};
  for (const [key, flag, option] of given) {
    const value = options[option] ?? '';
    const checked = checkDownsideAnswer(key, value, t.problem);
    if (checked !== true) throw new UserError(t.downside.flagProblem(flag, checked));
    typed[key] = typedShare(value);
  }
  return typed;
}

/** The template `--yes` accepts, and the wizard offers first, when none is named: a Chinese wizard starts from the Chinese one. */
export const DEFAULT_TEMPLATES: Record<Language, string> = { en: 'speech-recognition', zh: 'llm-api' };

/** en or zh from --lang, else from the locale (LC_ALL, LC_MESSAGES, LANG), else en. */
export function wizardLanguage(asked: string | undefined, env: NodeJS.ProcessEnv): Language {
  if (asked !== undefined) {
    if ((LANGUAGES as readonly string[]).includes(asked)) return asked as Language;
    throw new UserError(`--lang: must be one of ${LANGUAGES.join(', ')} (got ${JSON.stringify(asked)})`);
  }
  return localeLanguage(env);
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** A start plan: its values as written (numbers as exact Decimals), and the text the written plan is edited from. */
interface Start {
  draft: Draft;
  /** Undefined for an answers file, which may be JSON: the plan is then written afresh. */
  source?: string;
  /** A template's text gets bizplan init's header, in the language of the plan written from it. */
  template?: boolean;
}

/** A plan text's values (numbers as exact Decimals), or its problems as file:line:col lines. */
function startFrom(source: string, shownAs: string, language: Language = 'en'): { ok: true; start: { draft: Draft; source: string } } | { ok: false; problems: string[] } {
  const checked = loadPlan(source, shownAs, { language });
  if (!checked.ok) return { ok: false, problems: checked.problems.map(formatProblem) };
  const { metrics: _metrics, ...draft } = checked.document.toJS() as Draft;
  return { ok: true, start: { draft, source } };
}

/** A valid plan file's values and text, or its problems as file:line:col lines. */
async function readStart(file: string, shownAs: string, language: Language = 'en'): Promise<{ draft: Draft; source: string }> {
  const read = startFrom(await readUserFile(file, shownAs), shownAs, language);
  if (!read.ok) throw new UserError(read.problems);
  return read.start;
}

/** The section `init --step NAME` names, by its plan key (`revenue_model`) or, for the venture, its id. */
function stepByName(name: string, t: WizardCatalog): Section {
  const section = SECTIONS.find((s) => stepName(s) === name);
  if (!section) throw new UserError(t.stepUnknown(name, SECTIONS.map(stepName)));
  return section;
}

/** Asks which step to revise or change: every step (when `every` is offered) or one. */
async function pickSections(ask: Prompter, t: WizardCatalog, every: boolean): Promise<readonly Section[]> {
  const choices = [...(every ? [{ value: '', name: t.everyStep }] : []), ...SECTIONS.map((s) => ({ value: stepName(s), name: sectionTitle(s, t) }))];
  const picked = await ask.choice({ message: every ? t.reviseWhich : t.pickStep, choices, default: choices[0]?.value });
  const section = SECTIONS.find((s) => stepName(s) === picked);
  return section ? [section] : SECTIONS;
}

/** A template as the start of a new plan: its text, comments and all; the header comes when the plan's language is known. */
async function readTemplate(name: string): Promise<Start> {
  const { draft, source } = await readStart((await findTemplate(name)).file, name);
  return { draft, source, template: true };
}

/** bizplan init's own header above a template's text. */
function withHeader(source: string, t: WizardCatalog): string {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  return `${t.header.map((line) => `#${line}`).join(eol)}${eol}${eol}${source}`;
}

/** The comments of a written plan: the header, each section's title, and each number's question and unit. */
function planComments(t: WizardCatalog, language: Language, currency: string): PlanComments {
  const units = catalogs[language].report.units;
  const unitOf = numberUnits();
  return {
    header: t.header,
    section: (key) => {
      const section = SECTIONS.find((s) => s.key === key);
      if (!section) return undefined;
      const title = t.sections[section.id].title;
      return ` ${section.step === undefined ? title : t.step(section.step, DESIGN_STEPS, title)}`;
    },
    numberNote: (key) => {
      const question = t.questions[key];
      const unit = unitOf.get(key);
      if (!question) return undefined;
      return unit ? `${question}${t.unitHint(units[unit](currency))}` : question;
    },
  };
}

/**
 * The verdict lines a founder sees before anything is written: the summary above them already
 * lists the benchmark verdicts (the one module the report and calc use), so this adds the cash.
 */
function verdicts(t: WizardCatalog, result: ReturnType<typeof calculate>, downside?: ReturnType<typeof calculate>): string[] {
  const cash = (r: ReturnType<typeof calculate>) =>
    r.shown.runway_months === null ? t.verdicts.cashLasts : t.verdicts.cashShort(planFormatter(r.plan).moneyProse(r.shown.funding_gap ?? '0'));
  // The downside's cash beside the base's: what an investor asks next.
  return [cash(result), ...(downside ? [t.verdicts.inDownside(cash(downside))] : [])];
}

/** The downside scenario's figures, when the plan has one that is a valid plan. */
function downsideResult(loaded: Extract<ReturnType<typeof loadPlan>, { ok: true }>, shownAs: string): ReturnType<typeof calculate> | undefined {
  if (loaded.value.scenarios?.[DOWNSIDE_NAME] === undefined) return undefined;
  const plan = scenarioPlan({ value: loaded.raw, document: loaded.document, lineCounter: loaded.lineCounter }, DOWNSIDE_NAME, shownAs);
  return plan.ok ? calculate(plan.value) : undefined;
}

/** A scripted plan with the downside its flags ask for, worded in the plan's language; replaces a downside it had. */
function scriptedDownside(draft: Draft, flags: DownsideTyped, language: Language, t: WizardCatalog): Draft {
  if (flags.pricier_tokens !== undefined && !runsModel(draft)) throw new UserError(t.downside.tokensWithoutModel);
  const keys = DOWNSIDE_KEYS.filter((k) => k !== 'pricier_tokens' || runsModel(draft));
  const typed: DownsideTyped = Object.fromEntries(keys.map((k) => [k, flags[k] ?? DOWNSIDE_DEFAULTS[k]]));
  const planLanguage = (LANGUAGES as readonly unknown[]).includes(draft.language) ? (draft.language as Language) : language;
  const replaced = (draft.scenarios as Record<string, unknown> | undefined)?.[DOWNSIDE_NAME];
  return withDownside(draft, downsideEntry(draft, typed, wizardCatalogs[planLanguage].downside, replaced));
}

/**
 * `bizplan init`: the six-step wizard, or the same answers from a file or a template, then
 * the plan and its report, with the metrics and report `bizplan calc` would write, written
 * together: every refusal comes before the first question or, at the latest, before the
 * first byte is written.
 */
export async function init(options: InitOptions): Promise<number> {
  const output = options.output ?? processOutput();
  const env = options.env ?? process.env;
  if (options.listTemplates) {
    const templates = await listTemplates();
    const width = Math.max(...templates.map((t) => t.name.length));
    for (const t of templates) output.out(`${t.name.padEnd(width)}  ${t.title}\n`);
    return 0;
  }
  const language = wizardLanguage(options.lang, env);
  const t = wizardCatalogs[language];
  const outDir = path.resolve(options.cwd, options.out ?? '.');
  const shownDir = options.out ?? '.';
  const draftFile = { path: path.join(outDir, DRAFT_FILE), shownAs: path.join(shownDir, DRAFT_FILE) };
  try {
    return await initIn(options, { output, env, language, t, outDir, shownDir, draftFile });
  } catch (error) {
    // Ctrl-C keeps its promise that nothing was written, and says that the saved answers are still there.
    if (isPromptExit(error) && (await readDraft(draftFile.path).catch(() => undefined))?.ok === true) noteOnInterrupt(error, t.draftKept(draftFile.shownAs));
    throw error;
  }
}

interface InitContext {
  output: Output;
  env: NodeJS.ProcessEnv;
  language: Language;
  t: WizardCatalog;
  outDir: string;
  shownDir: string;
  draftFile: { path: string; shownAs: string };
}

async function initIn(options: InitOptions, { output, env, language, t, outDir, shownDir, draftFile }: InitContext): Promise<number> {
  const planShown = path.join(shownDir, PLAN_FILE);
  const planPath = path.join(outDir, PLAN_FILE);
  const interactive = options.interactive ?? (process.stdin.isTTY && process.stdout.isTTY);
  const scripted = options.answers !== undefined || options.yes === true;
  if (options.step !== undefined && scripted) throw new UserError(t.stepNeedsWizard);
  // A misspelt step is said before anything else: no terminal would not fix it.
  const step = options.step === undefined ? undefined : stepByName(options.step, t);
  if (!scripted && !interactive) throw new UserError(t.needsTerminal);
  const downside = downsideFromFlags(options, t);

  // Every refusal comes before the first question, so no answer is ever typed in vain.
  let start: Start | undefined;
  /** The text of the plan being revised, which must still be on disk when the answers are written. */
  let revised: string | undefined;
  const existing = await exists(planPath);
  if (step && !existing) throw new UserError(t.stepNeedsPlan(planShown));
  if (options.answers) start = { draft: (await readStart(path.resolve(options.cwd, options.answers), options.answers, language)).draft };
  else if (options.template) start = await readTemplate(options.template);
  let prompter: Prompter | undefined;
  // inquirer loads only when a question is about to be asked.
  const ask = async () => (prompter ??= options.prompter ?? (await import('../shell/prompts.js')).inquirerPrompter(output, t.prompts));

  // Answers the founder saved when they last walked away come first: they hold a whole run.
  let resumed = false;
  /** Whether the founder was offered the saved answers: only then may writing the plan delete them. */
  let offered = false;
  if (!scripted && step === undefined) {
    const saved = await readDraft(draftFile.path);
    const read = saved?.ok === true ? startFrom(saved.source, draftFile.shownAs, language) : undefined;
    if (saved?.ok === false) output.err(`${t.draftUnusable(draftFile.shownAs, saved.reason)}\n`);
    else if (read?.ok === false) output.err(`${t.draftUnusable(draftFile.shownAs, read.problems[0] ?? '')}\n`);
    else if (saved?.ok === true && read?.ok === true) {
      const current = existing ? await readUserFile(planPath, planShown) : undefined;
      const changed = planFingerprint(current) !== saved.revises;
      offered = true;
      if (await (await ask()).confirm({ message: t.resumeDraft(draftFile.shownAs, changed), default: !changed })) {
        start = read.start;
        revised = current;
        resumed = true;
      }
    }
  }
  if (existing && !resumed && !options.force) {
    if (scripted || !interactive) throw new UserError(t.exists(planShown));
    // --step names the plan as the start: there is nothing else to revise one step of.
    if (!step && !(await (await ask()).confirm({ message: t.revise(planShown), default: true }))) throw new UserError(t.exists(planShown));
    start = await readStart(planPath, planShown, language);
    revised = start.source;
  }
  // A report bizplan did not write (no generated mark) is replaced only with --force, revision or not.
  const reportPath = path.join(outDir, REPORT_FILE);
  const reportShown = path.join(shownDir, REPORT_FILE);
  const planItself = { notSameAs: [{ file: planPath, shownAs: planShown }] };
  await claimReportPath(reportPath, reportShown, options.force === true, { createsFolders: true, ...planItself });
  const date = reportDate(env, options.date);

  // An explicit --lang also sets the report's language, unless an answers file or a saved draft names one.
  if (start && !resumed && options.lang !== undefined && !(options.answers && typeof start.draft.language === 'string')) start = { ...start, draft: { ...start.draft, language } };

  const text = { wizard: t, report: catalogs[language].report };
  let draft: Draft;
  if (scripted) {
    start ??= await readTemplate(DEFAULT_TEMPLATES[language]);
    draft = start.draft;
    if (options.lang !== undefined && !options.answers) draft = { ...draft, language };
    // Without a prompt there is no downside unless a flag asks for one; each answer not given takes its default.
    if (downside) draft = scriptedDownside(draft, downside, language, t);
  } else if (resumed && start) {
    draft = start.draft;
  } else {
    if (!start) {
      const templates = await listTemplates();
      const choice = await (await ask()).choice({
        message: t.chooseTemplate,
        choices: [...templates.map((tpl) => ({ value: tpl.name, name: `${tpl.name}: ${tpl.title}` })), { value: '', name: t.blankPlan }],
        default: DEFAULT_TEMPLATES[language],
      });
      if (choice) {
        const template = await readTemplate(choice);
        start = { ...template, draft: { ...template.draft, ...(options.lang ? { language } : {}) } };
      } else start = { draft: { currency: 'USD', language } };
    }
    // A revision may go straight to the one step that changes.
    const sections = step ? [step] : revised !== undefined ? await pickSections(await ask(), t, true) : SECTIONS;
    draft = await runWizard(await ask(), start.draft, text, sections, { ...(downside ? { downside } : {}) });
  }

  // The plan it started from, edited where the answers differ, so what the wizard did not
  // ask about (comments, milestones, quoting) stays as it was; else a fresh plan. Until the
  // founder says write, they may change any step's answers, or walk away keeping them all.
  let source = start.source;
  /** Whether the text edited already carries init's header (a template's does not, until its first round). */
  let headed = start.template !== true;
  const files = [planShown, reportShown];
  for (;;) {
    const currency = typeof draft.currency === 'string' ? draft.currency : 'USD';
    // The comments written into a plan speak the plan's language, whatever the terminal's locale.
    const planLanguage = (LANGUAGES as readonly unknown[]).includes(draft.language) ? (draft.language as Language) : language;
    const planWords = wizardCatalogs[planLanguage];
    const edited = source === undefined ? undefined : editPlanText(source, draft);
    const planText = (edited !== undefined && !headed ? withHeader(edited, planWords) : edited) ?? renderPlanYaml(draft, planComments(planWords, planLanguage, currency));
    const loaded = loadPlan(planText, planShown, { language });
    if (!loaded.ok) throw new UserError(loaded.problems.map(formatProblem));
    const result = calculate(loaded.value);
    if (scripted) return write(planText, loaded, result);
    const wizard = await ask();
    wizard.say('');
    wizard.say(t.summaryTitle, 'heading');
    output.out(renderSummary(result, output.paint));
    for (const line of verdicts(t, result, downsideResult(loaded, planShown))) wizard.say(`• ${line}`, 'note');
    const next = await wizard.choice({
      message: t.confirmWrite(files),
      choices: [
        { value: 'write', name: t.finalWrite },
        { value: 'change', name: t.finalChange },
        { value: 'draft', name: t.finalDraft(draftFile.shownAs) },
      ],
      default: 'write',
    });
    if (next === 'write') return write(planText, loaded, result);
    if (next === 'change') {
      draft = await runWizard(wizard, draft, text, await pickSections(wizard, t, false), { ...(downside ? { downside } : {}) });
      source = planText;
      headed = true;
      continue;
    }
    try {
      await ensureFolder(outDir, shownDir);
      await saveDraft(draftFile.path, draftFile.shownAs, draftText(planText, revised));
    } catch (error) {
      // The answers are still in memory: say why, and offer the three answers again.
      if (!(error instanceof UserError)) throw error;
      wizard.say(t.draftNotSaved(error.message), 'problem');
      continue;
    }
    output.err(`${t.draftSaved(draftFile.shownAs)}\n`);
    return EXIT.ok;
  }

  async function write(planText: string, loaded: Extract<ReturnType<typeof loadPlan>, { ok: true }>, result: ReturnType<typeof calculate>): Promise<number> {
    // The plan with its metrics and the report, made in full before either is written, by calc's own code.
    const spliced = spliceMetrics(planText, loaded.document, result.shown);
    if (!spliced.ok) throw new UserError(`${planShown}: ${spliced.reason}`);
    const report = await renderPlanReport(result, { cwd: options.cwd, date, env }, { value: loaded.raw, document: loaded.document, lineCounter: loaded.lineCounter, shownAs: planShown });
    await ensureFolder(outDir, shownDir);
    const planTarget = await claimOutput(planPath, planShown, { force: true });
    // Someone may have written the plan while the questions were answered: theirs is kept.
    if (planTarget.existing !== revised && options.force !== true) throw new UserError(t.changedMeanwhile(planShown));
    const reportTarget = await claimReportPath(reportPath, reportShown, options.force === true, planItself);
    for (const file of await writeFiles([{ target: planTarget, text: spliced.text }, { target: reportTarget, text: report }])) output.err(`${t.wrote(printable(file))}\n`);
    if (scripted) output.out(renderSummary(result, output.paint));
    else {
      // The saved answers are written now, or were declined: a later init has nothing to resume.
      // A draft never offered (init --step) stays, for the next init to offer.
      if (offered) await removeDraft(draftFile.path, draftFile.shownAs);
      output.err(`${t.nextSteps}\n`);
    }
    return result.passed ? EXIT.ok : EXIT.checkFailed;
  }
}
