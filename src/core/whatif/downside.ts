import type { Decimal } from 'decimal.js';
import type * as z from 'zod';
import { Dec, MAX_EXPONENT, MIN_EXPONENT, ONE } from '../decimal.js';
import { planMap, rate } from '../plan/fields.js';

// The downside scenario the wizard offers at its end (issue 11): three quick answers, each a
// share of the plan's own figure, become a `scenarios.downside` entry of `set:` paths. Pure:
// the base figures and the answers in, the entry out.

/** The scenario's name in the plan's `scenarios:` map. */
export const DOWNSIDE_NAME = 'downside';

/**
 * The three answers, checked by zod like every answer of the wizard, so the same messages (and
 * their Chinese wording) say what is wrong. Each is relative to the plan's figure: 50% higher
 * churn turns 2.5% into 3.75%.
 */
export const downsideAnswersSchema = planMap({
  slower_growth: rate('How many fewer new customers a month than the plan, e.g. "25%"; 100%: none', { value: 0 }, { value: 1 }),
  higher_churn: rate('How much higher monthly churn is than the plan, e.g. "50%" (2.5% becomes 3.75%, at most 100%)', { value: 0 }),
  pricier_tokens: rate('How much pricier the model\'s tokens are than the plan, e.g. "20%"', { value: 0 }).optional(),
});

export type DownsideAnswers = z.output<typeof downsideAnswersSchema>;
export type DownsideKey = keyof DownsideAnswers;

/** The questions in the order the wizard asks them; the tokens' only when the plan runs a model. */
export const DOWNSIDE_KEYS: readonly DownsideKey[] = ['slower_growth', 'higher_churn', 'pricier_tokens'];

/** What Enter accepts, and what `--downside` alone means: a plausible bad year, not a disaster. */
export const DOWNSIDE_DEFAULTS: Readonly<Record<DownsideKey, string>> = { slower_growth: '25%', higher_churn: '50%', pricier_tokens: '20%' };

export const NEW_CUSTOMERS = 'growth.new_customers_monthly';
export const CHURN = 'revenue_model.churn_monthly';
/** Every token price the plan may give; the scenario raises those it has. */
export const TOKEN_PRICES = [
  'revenue_model.inference.input_price_per_million',
  'revenue_model.inference.cached_input_price_per_million',
  'revenue_model.inference.output_price_per_million',
] as const;

/** A figure of the base plan by its path, as the schema reads it (a percent as its fraction); undefined when absent. */
export type BaseFigure = (path: string) => Decimal | undefined;

const percentText = (fraction: Decimal) => `${fraction.mul(100).toFixed()}%`;

const LARGEST = new Dec(10).pow(MAX_EXPONENT);

/**
 * A figure the plan can hold: at most 10^15 and to 15 places. 99.99...% fewer customers or
 * 10^15 times pricier tokens would otherwise write a plan its own loader refuses, at lines
 * of a file that is never written.
 */
const withinPlanBounds = (figure: Decimal) => Dec.min(LARGEST, figure).toDecimalPlaces(-MIN_EXPONENT, Dec.ROUND_HALF_UP).toFixed();

/**
 * The `set:` entries of the downside: new customers times (1 - slower), churn times (1 + higher)
 * but at most 100% (as the tornado clamps it), each token price times (1 + pricier), each kept
 * within what the plan can hold. An answer of 0 changes nothing, so it writes no entry.
 */
export function downsideSet(base: BaseFigure, answers: DownsideAnswers): Record<string, string> {
  const set: Record<string, string> = {};
  const newCustomers = base(NEW_CUSTOMERS);
  if (newCustomers && !answers.slower_growth.isZero()) set[NEW_CUSTOMERS] = withinPlanBounds(newCustomers.mul(ONE.minus(answers.slower_growth)));
  const churn = base(CHURN);
  if (churn && !answers.higher_churn.isZero()) set[CHURN] = percentText(Dec.min(ONE, churn.mul(ONE.plus(answers.higher_churn))));
  const pricier = answers.pricier_tokens;
  if (pricier && !pricier.isZero()) {
    for (const path of TOKEN_PRICES) {
      const price = base(path);
      if (price) set[path] = withinPlanBounds(price.mul(ONE.plus(pricier)));
    }
  }
  return set;
}

/**
 * The answers an existing downside gives back, as percents to offer again when a plan is
 * revised: what the entry's figure is relative to the base's. Only for entries the wizard
 * could have written; anything else is left to the defaults.
 */
export function downsideAnswersFrom(base: BaseFigure, scenario: Decimal | undefined, path: string, key: DownsideKey): string | undefined {
  const from = base(path);
  if (!from || !scenario || from.isZero()) return undefined;
  const ratio = scenario.div(from);
  const share = key === 'slower_growth' ? ONE.minus(ratio) : ratio.minus(ONE);
  return share.isNegative() ? undefined : percentText(share.toDecimalPlaces(4));
}

/** The path whose figure each answer moves, for reading an existing downside back. */
export const DOWNSIDE_PATHS: Readonly<Record<DownsideKey, string>> = {
  slower_growth: NEW_CUSTOMERS,
  higher_churn: CHURN,
  pricier_tokens: 'revenue_model.inference.output_price_per_million',
};

/** The answers as percents for the scenario's description: `25%`. */
export function downsidePercents(answers: DownsideAnswers): { slower: string; churn: string; tokens?: string } {
  return {
    slower: percentText(answers.slower_growth),
    churn: percentText(answers.higher_churn),
    ...(answers.pricier_tokens ? { tokens: percentText(answers.pricier_tokens) } : {}),
  };
}
