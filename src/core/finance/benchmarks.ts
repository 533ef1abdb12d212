import { Decimal } from 'decimal.js';
import { Dec } from '../decimal.js';
import type { ShownMetrics } from './display.js';

/*
 * Where a plan's figures stand against the benchmarks FORMULAS.md cites. Each figure falls in
 * exactly one band, and each band has exactly one sentence per language (the `benchmarks`
 * section of the catalogs), which the wizard, `calc`'s summary and the report all print:
 * they cannot disagree. A band is judged on the figure rounded as prose shows it (a margin
 * to a tenth of a percent, LTV:CAC and the burn multiple to two places, payback to a tenth of
 * a month), so a sentence never puts its own figure in a range that figure is not in.
 */

/** Decimal places each benchmarked figure is shown and judged with, as a fraction for margins. */
export const BENCHMARK_PLACES = { grossMargin: 3, ltvToCac: 2, payback: 1, burnMultiple: 2 } as const;

/**
 * Gross margin: above or within the 60-80% of comparable SaaS, within the 50-60% a16z often
 * sees for AI companies (2020), between that and the 20-40% a 2026 vendor survey (Cloud
 * Capital) found for AI-native companies, within that, or below it. Every range includes its ends.
 */
export type MarginBand = 'aboveSaas' | 'saas' | 'ai' | 'between' | 'aiNative' | 'low';
/** LTV:CAC against Skok's 3:1; no ratio when churn is 0 (LTV unbounded) or CAC is 0. */
export type RatioBand = 'meets' | 'misses' | 'noChurn' | 'freeAcquisition';
/**
 * CAC payback: within Skok's 12 months; within the 6-18 months Bessemer's David Cowan says SMB
 * customers typically need; slower than that; 36 months or more ("cause for concern",
 * "Cloud Computing Law #6", 2012); never, when contribution is not positive.
 */
export type PaybackBand = 'within12' | 'smb' | 'slow' | 'concern' | 'never';
/** David Sacks' bands for the burn multiple ("The Burn Multiple", 2020). */
export type BurnBand = 'excellent' | 'good' | 'suspect' | 'bad';
/** Paul Graham's default alive ("Default Alive or Default Dead?", 2015), and why not. */
export type AliveBand = 'alive' | 'deadByCash' | 'deadByLoss';

const rounded = (text: string, places: number) => new Dec(text).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);

export function marginBand(grossMargin: string): MarginBand {
  const gm = rounded(grossMargin, BENCHMARK_PLACES.grossMargin);
  if (gm.gt('0.8')) return 'aboveSaas';
  if (gm.gte('0.6')) return 'saas';
  if (gm.gte('0.5')) return 'ai';
  if (gm.gt('0.4')) return 'between';
  if (gm.gte('0.2')) return 'aiNative';
  return 'low';
}

export function ratioBand(ltvToCac: string | null, ltv: string | null): RatioBand {
  if (ltvToCac === null) return ltv === null ? 'noChurn' : 'freeAcquisition';
  return rounded(ltvToCac, BENCHMARK_PLACES.ltvToCac).gte(3) ? 'meets' : 'misses';
}

export function paybackBand(months: string | null): PaybackBand {
  if (months === null) return 'never';
  const payback = rounded(months, BENCHMARK_PLACES.payback);
  if (payback.lte(12)) return 'within12';
  if (payback.lte(18)) return 'smb';
  if (payback.lt(36)) return 'slow';
  return 'concern';
}

/** Under 1 excellent, 1-1.5 good, over 1.5 to 2 suspect, over 2 bad; null when there is no multiple. */
export function burnBand(multiple: string | null): BurnBand | null {
  if (multiple === null) return null;
  const m = rounded(multiple, BENCHMARK_PLACES.burnMultiple);
  return m.lt(1) ? 'excellent' : m.lte('1.5') ? 'good' : m.lte(2) ? 'suspect' : 'bad';
}

export function aliveBand(shown: ShownMetrics): AliveBand {
  if (shown.default_alive === 'true') return 'alive';
  return shown.runway_months_without_funding === null ? 'deadByLoss' : 'deadByCash';
}

/** Every band of a plan's shown figures. */
export function benchmarkBands(shown: ShownMetrics) {
  return {
    margin: marginBand(shown.gross_margin ?? '0'),
    ratio: ratioBand(shown.ltv_to_cac, shown.ltv),
    payback: paybackBand(shown.cac_payback_months),
    burn: burnBand(shown.burn_multiple),
    alive: aliveBand(shown),
  };
}

export type BenchmarkBands = ReturnType<typeof benchmarkBands>;
