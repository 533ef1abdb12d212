import type { Decimal } from 'decimal.js';
import { isDecimal } from '../core/decimal.js';
import type { AnswerIssue } from '../core/i18n/problems-zh.js';
import type { WizardCatalog } from '../core/i18n/wizard-catalog.js';
import { planSchema } from '../core/plan/schema.js';
import { schemaAt } from '../core/plan/schema-walk.js';
import {
  DOWNSIDE_KEYS,
  DOWNSIDE_NAME,
  downsideAnswersSchema,
  downsidePercents,
  downsideSet,
  type BaseFigure,
  type DownsideKey,
} from '../core/whatif/downside.js';
import { getIn, type Draft } from './draft.js';
import { readTypedNumber } from './typed-number.js';
import { validateAnswer } from './validate.js';

/** The downside's answers as typed (`25%`), by key; a key left out is not asked or not given. */
export type DownsideTyped = Partial<Record<DownsideKey, string>>;

/** A value as the plan schema reads it at a dotted path (a percent as its fraction); undefined when it is no figure there. */
export function figureAt(dotted: string, value: unknown): Decimal | undefined {
  if (value === undefined) return undefined;
  const parsed = schemaAt(planSchema, dotted.split('.'))?.safeParse(value);
  return parsed?.success && isDecimal(parsed.data) ? parsed.data : undefined;
}

/** A draft's figure at a dotted path, as the plan schema reads it. */
export function draftFigure(draft: Draft): BaseFigure {
  return (dotted) => figureAt(dotted, getIn(draft, dotted.split('.')));
}

/** Whether the plan runs a model, so that its tokens can be pricier. */
export const runsModel = (draft: Draft): boolean => getIn(draft, ['revenue_model', 'inference']) !== undefined;

/** A downside answer as people type it (`25%`, `25 percent`, `0.25`), as the plain text the schema reads. */
export const typedShare = (typed: string): string => readTypedNumber(typed, { percent: true })?.text ?? typed.trim();

/** Checks one typed downside answer with its zod rule: true, or the message (in the wizard's language). */
export function checkDownsideAnswer(key: DownsideKey, typed: string, localize: (issue: AnswerIssue) => string | undefined): true | string {
  return validateAnswer([key], typedShare(typed), false, localize, downsideAnswersSchema);
}

/**
 * The `scenarios.downside` entry for a plan from the typed answers: its description in the
 * plan's language, and the `set:` paths computed from the plan's figures. A probability the
 * replaced entry gave is kept: the answers do not speak to it.
 */
export function downsideEntry(plan: Draft, typed: DownsideTyped, words: WizardCatalog['downside'], replaced?: unknown): Record<string, unknown> {
  const given = Object.fromEntries(DOWNSIDE_KEYS.filter((k) => typed[k] !== undefined).map((k) => [k, typedShare(typed[k] ?? '')]));
  const answers = downsideAnswersSchema.parse(given);
  const probability = getIn(replaced, ['probability']);
  return {
    description: words.description(downsidePercents(answers)),
    ...(probability === undefined ? {} : { probability }),
    set: downsideSet(draftFigure(plan), answers),
  };
}

/** The plan with its downside scenario added or replaced; the other scenarios stay as they are. */
export function withDownside(plan: Draft, entry: Record<string, unknown>): Draft {
  const scenarios = getIn(plan, ['scenarios']);
  const others = scenarios !== null && typeof scenarios === 'object' && !Array.isArray(scenarios) ? (scenarios as Record<string, unknown>) : {};
  return { ...plan, scenarios: { ...others, [DOWNSIDE_NAME]: entry } };
}
