import type { Section } from '../../wizard/questions.js';
import type { AnswerIssue } from './problems-zh.js';

/** Everything the wizard says. Question texts are keyed by plan path, list items by `list.field`. */
export interface WizardCatalog {
  /** The locale numbers are shown back in, as the wizard echoes a typed figure. */
  locale: string;
  sections: Record<Section['id'], { title: string; why: string }>;
  step: (n: number, of: number, title: string) => string;
  questions: Record<string, string>;
  /** Singular names of list items: "competitor". */
  items: Record<string, string>;
  keepItem: (item: string, label: string) => string;
  addFirst: (item: string) => string;
  /** The yes/no that opens a list in place of addFirst, or an optional map, by path: "Do you plan to hire?". */
  listIntro: Record<string, string>;
  /** Names of the shapes a list item can take, by shape id: "one-off", "recurring". */
  shapes: Record<string, string>;
  addAnother: (item: string) => string;
  itemHeader: (item: string, n: number) => string;
  hasMarketSize: string;
  servesModel: string;
  /** After an optional question, with the space before it that the language wants: " (optional, Enter to skip)", "（可选，回车跳过）". */
  optionalHint: string;
  /** A question's unit, spaced the same way: " (a month)", "（每月）". */
  unitHint: (unit: string) => string;
  chooseTemplate: string;
  blankPlan: string;
  revise: (file: string) => string;
  summaryTitle: string;
  /** The cash lines of the summary; the benchmark lines come from the main catalog's `benchmarks`. */
  verdicts: {
    cashLasts: string;
    cashShort: (gap: string) => string;
    /** One of the cash lines above, for the downside scenario. */
    inDownside: (line: string) => string;
  };
  /** The files about to be written, joined as the language lists them. */
  confirmWrite: (files: readonly string[]) => string;
  wrote: (files: string) => string;
  /** The words inquirer's prompts show around a question: yes and no, and the keys' help line. */
  prompts: {
    yes: string;
    no: string;
    answerYesOrNo: (yes: string, no: string) => string;
    /** inquirer's key actions ("navigate", "select") in this language; an unknown one stays as inquirer words it. */
    keys: Record<string, string>;
    disabled: string;
    /** The default answer shown after a question: "(Y/n)", "（是/否）". */
    defaultAnswer: (text: string) => string;
  };
  nextSteps: string;
  /** The comment lines a written plan begins with. */
  header: readonly string[];
  needsTerminal: string;
  /** A typed answer's problem in this language; undefined keeps the schema's English message. */
  problem: (issue: AnswerIssue) => string | undefined;
  /** The plan file appeared or changed while the wizard asked its questions. */
  changedMeanwhile: (file: string) => string;
  exists: (file: string) => string;
  /** A rate far past any business: "800% a month is more than the plausible 50%. Did you mean 8%?" */
  didYouMean: (typed: string, per: 'month' | 'year', max: string, meant: string) => string;
  /** Before the fixed-costs question: what the team and the compute budget already cost a month. */
  teamAndCompute: (sum: string) => string;
  fixedCostsBelow: (fixed: string, sum: string) => string;
  /** With seat pricing, after each per-customer question: how many seats a customer is. */
  seatHint: (seats: string) => string;
  /** With seat pricing: the ARPU the seats and their price make. */
  seatArpu: (seats: string, price: string, arpu: string) => string;
  /** After a whole-list rule failed: only the fields it judges are asked again. */
  sharesAgain: string;
  /** The three answers to confirmWrite, the last question before anything is written. */
  finalWrite: string;
  finalChange: string;
  finalDraft: (draft: string) => string;
  /** Which step to change or revise; `everyStep` asks them all, in order. */
  pickStep: string;
  reviseWhich: string;
  everyStep: string;
  draftSaved: (draft: string) => string;
  /** The draft could not be saved: why, and that the answers are still here. */
  draftNotSaved: (reason: string) => string;
  /** Offers a saved draft; `planChanged` when the plan changed since the draft was saved. */
  resumeDraft: (draft: string, planChanged: boolean) => string;
  /** Said after Ctrl-C when a draft exists: the draft is kept. */
  draftKept: (draft: string) => string;
  draftUnusable: (draft: string, problem: string) => string;
  stepUnknown: (name: string, names: readonly string[]) => string;
  stepNeedsPlan: (file: string) => string;
  stepNeedsWizard: string;
  /** The downside scenario's words: the question's other lines, and what is written into the plan. */
  downside: {
    /** The plan has a downside already: replace it from three quick answers? */
    replace: (description: string) => string;
    /** The figure an answer is relative to, with its space before when the language wants one: " (% of the plan's 12)". */
    relativeTo: (figure: string) => string;
    /** The scenario's description, written into the plan in the plan's own language. */
    description: (percents: { slower: string; churn: string; tokens?: string }) => string;
    /** Above the entries written: the scenario's name. */
    written: (name: string) => string;
    /** A downside flag that is not a share: "--downside-churn: must be 0 or more (got ...)". */
    flagProblem: (flag: string, problem: string) => string;
    /** --downside-tokens on a plan that runs no model. */
    tokensWithoutModel: string;
  };
}
