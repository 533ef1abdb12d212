import type { BurnBand } from '../finance/benchmarks.js';
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
  verdicts: {
    ratioMeets: string;
    ratioMisses: string;
    paybackFast: string;
    paybackSlow: string;
    marginSaas: string;
    marginAi: string;
    marginLow: string;
    cashLasts: string;
    cashShort: (gap: string) => string;
    defaultAlive: string;
    /** Default dead: the month count before cash runs out without any round, or null if it lasts but ends in a loss. */
    defaultDead: (runway: string | null) => string;
    burn: Record<BurnBand, (multiple: string) => string>;
  };
  confirmWrite: (files: string) => string;
  notWritten: string;
  wrote: (files: string) => string;
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
