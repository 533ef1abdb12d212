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
  exists: (file: string) => string;
}
