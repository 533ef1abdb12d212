import { Decimal } from 'decimal.js';
import { catalogFor, planFormatter, type Calculation } from './calculate.js';
import { Dec } from './decimal.js';
import { BENCHMARK_PLACES, benchmarkBands } from './finance/benchmarks.js';

export type BenchmarkTopic = 'margin' | 'ratio' | 'payback' | 'burn' | 'alive';

export interface BenchmarkVerdict {
  topic: BenchmarkTopic;
  band: string;
  /** The band's one sentence in the plan's language, with the figure as it was judged. */
  text: string;
}

const fixed = (text: string, places: number) => new Dec(text).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);

/**
 * The plan against the published benchmarks, one sentence per figure: the only place the
 * wizard, `calc`'s summary and the report get a verdict from.
 */
export function benchmarkVerdicts(calc: Calculation): BenchmarkVerdict[] {
  const { shown } = calc;
  const b = catalogFor(calc.plan).benchmarks;
  const f = planFormatter(calc.plan);
  const bands = benchmarkBands(shown);
  const margin = new Dec(shown.gross_margin ?? '0').toDecimalPlaces(BENCHMARK_PLACES.grossMargin, Decimal.ROUND_HALF_UP);
  const verdicts: BenchmarkVerdict[] = [
    { topic: 'margin', band: bands.margin, text: b.margin[bands.margin](f.percent(margin, 1)) },
    { topic: 'ratio', band: bands.ratio, text: b.ratio[bands.ratio](shown.ltv_to_cac === null ? '' : fixed(shown.ltv_to_cac, BENCHMARK_PLACES.ltvToCac)) },
    {
      topic: 'payback',
      band: bands.payback,
      text: b.payback[bands.payback](shown.cac_payback_months === null ? '' : fixed(shown.cac_payback_months, BENCHMARK_PLACES.payback)),
    },
    {
      topic: 'burn',
      band: bands.burn ?? 'none',
      text: bands.burn === null ? b.burn.none : b.burn[bands.burn](fixed(shown.burn_multiple as string, BENCHMARK_PLACES.burnMultiple)),
    },
    {
      topic: 'alive',
      band: bands.alive,
      text: bands.alive === 'deadByCash' ? b.alive.deadByCash(shown.runway_months_without_funding as string) : b.alive[bands.alive],
    },
  ];
  return verdicts;
}
