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
  optionalHint: string;
  unitHint: (unit: string) => string;
  chooseTemplate: string;
  blankPlan: string;
  revise: (file: string) => string;
  summaryTitle: string;
  /** The cash lines of the summary; the benchmark lines come from the main catalog's `benchmarks`. */
  verdicts: {
    cashLasts: string;
    cashShort: (gap: string) => string;
  };
  confirmWrite: (files: string) => string;
  notWritten: string;
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
}
