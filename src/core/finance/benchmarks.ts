import { Dec } from '../decimal.js';
import type { ShownMetrics } from './display.js';

/**
 * Where a plan's figures stand against the benchmarks FORMULAS.md cites: LTV:CAC of 3 and
 * payback within 12 months (David Skok), payback of 6-18 months for SMB and 24-36 for
 * enterprise (Bessemer), gross margins of 60-80% for SaaS, 50-60% for AI companies (a16z)
 * and 20-40% for AI-native ones (Cloud Capital). Judged on the figures as shown.
 */
export function benchmarkVerdicts(shown: ShownMetrics) {
  const gm = new Dec(shown.gross_margin ?? 0);
  const ratio = shown.ltv_to_cac === null ? null : new Dec(shown.ltv_to_cac);
  const payback = shown.cac_payback_months === null ? null : new Dec(shown.cac_payback_months);
  return {
    gmSaas: gm.gte('0.6'),
    gmAi: gm.gte('0.5') && gm.lt('0.6'),
    gmAiNative: gm.gte('0.2') && gm.lt('0.5'),
    gmLow: gm.lt('0.2'),
    ratioMeets: ratio !== null && ratio.gte(3),
    ratioMisses: ratio !== null && ratio.lt(3),
    ratioUnbounded: ratio === null,
    paybackWithin12: payback !== null && payback.lte(12),
    paybackSmb: payback !== null && payback.gt(12) && payback.lte(18),
    paybackEnterprise: payback !== null && payback.gt(18) && payback.lte(36),
    paybackTooSlow: payback !== null && payback.gt(36),
    paybackNever: payback === null,
    cashLasts: shown.runway_months === null,
    ...burnVerdicts(shown),
  };
}

/** David Sacks' bands for the burn multiple ("The Burn Multiple", 2020). */
export type BurnBand = 'excellent' | 'good' | 'suspect' | 'bad';

/**
 * Default alive (Paul Graham, 2015) and the burn multiple against Sacks' bands: under 1
 * excellent, 1-1.5 good, 1.5-2 suspect, over 2 bad. Judged on the figures as shown; the
 * band is null when the burn multiple is (no new ARR in the first year).
 */
export function burnVerdicts(shown: ShownMetrics) {
  const multiple = shown.burn_multiple === null ? null : new Dec(shown.burn_multiple);
  let band: BurnBand | null = null;
  if (multiple !== null) band = multiple.lt(1) ? 'excellent' : multiple.lte('1.5') ? 'good' : multiple.lte(2) ? 'suspect' : 'bad';
  const raises = shown.funding_total !== null && new Dec(shown.funding_total).gt(0);
  return {
    defaultAlive: shown.default_alive === 'true',
    defaultDead: shown.default_alive !== 'true',
    /** Default dead, and the planned rounds carry the plan through the horizon. */
    roundsCarry: shown.default_alive !== 'true' && raises && shown.runway_months === null,
    burnBand: band,
    burnExcellent: band === 'excellent',
    burnGood: band === 'good',
    burnSuspect: band === 'suspect',
    burnBad: band === 'bad',
    burnNone: band === null,
  };
}
