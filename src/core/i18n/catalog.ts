import type { Decimal } from 'decimal.js';
import type { BurnBand, MarginBand, PaybackBand, RatioBand } from '../finance/benchmarks.js';
import type { CheckKey } from '../finance/checks.js';
import type { Warning } from '../finance/metrics.js';
import type { Plan } from '../plan/schema.js';
import type { ReportCatalog } from './report-catalog.js';

export type Language = Plan['language'];
type Money = (amount: Decimal) => string;
type WarningText = { [C in Warning['code']]: (warning: Extract<Warning, { code: C }>, money: Money) => string };

/** Every piece of user-facing text, one catalog per language; logic never holds a sentence. */
export interface Catalog {
  locale: string;
  summary: {
    primary: string;
    compute: string;
    fixedCosts: string;
    unitEconomics: string;
    contribution: string;
    grossMargin: string;
    /** The contribution margin with the gross margin beside it. */
    withMargin: (contribution: string, percent: string) => string;
    inference: string;
    /** The inference line when the plan serves from its own GPUs. */
    inferenceSelfHosted: string;
    gpus: {
      heading: string;
      selfHosted: string;
      perCustomer: (selfHosted: string, api: string) => string;
      cheaper: string;
      cheaperFrom: (month: string) => string;
      neverCheaper: string;
      gpusEnd: (horizon: number) => string;
      training: string;
    };
    ltv: string;
    ltvDiscounted: string;
    ltvToCac: string;
    payback: string;
    months: (n: string) => string;
    breakEven: string;
    steadyState: string;
    revenuePerMonth: (amount: string) => string;
    projection: string;
    breakEvenCustomers: (n: string) => string;
    breakEvenMonth: (month: string) => string;
    noBreakEvenMonth: (horizon: number) => string;
    cash: string;
    runwayLabel: string;
    lowestCash: string;
    runway: (month: string) => string;
    lasts: (horizon: number) => string;
    minCash: (amount: string, month: string) => string;
    fundingGap: string;
    customersEnd: (horizon: number) => string;
    fundingTotal: string;
    cashEnd: (horizon: number) => string;
    arrEnd: (horizon: number) => string;
    peakBurn: string;
    burnMultiple: string;
    defaultAlive: string;
    benchmarks: string;
    /** After calc writes a report. */
    wrote: (file: string) => string;
    yes: string;
    no: string;
    checks: string;
    warnings: string;
    none: string;
    /** Between a label and its value: ": ", or the full-width "：" with Chinese. */
    colon: string;
  };
  checks: Record<CheckKey, string>;
  /** What a check's null figure means, shown in place of a number. */
  checkWhenNull: Record<CheckKey, string>;
  warnings: WarningText;
  /** One sentence per benchmark band (src/core/finance/benchmarks.ts), each citing its source and year. */
  benchmarks: {
    margin: Record<MarginBand, (percent: string) => string>;
    ratio: Record<RatioBand, (ratio: string) => string>;
    payback: Record<PaybackBand, (months: string) => string>;
    burn: Record<BurnBand, (multiple: string) => string> & { none: string };
    alive: { alive: string; deadByCash: (months: string) => string; deadByLoss: string };
  };
  /** `bizplan check`'s lines about one plan, in the plan's language; the summary over all plans stays English. */
  checkOutput: {
    noChecks: string;
    /** After the file's name, for a plan that cannot be read or checked. */
    invalid: string;
    upToDate: string;
    staleLabel: string;
    stale: (file: string, parts: ReadonlyArray<'metrics' | 'report'>) => string;
    requiredTrue: (label: string) => string;
    requiredFalse: (label: string) => string;
    /** A figure against its bound: `side` says where it stands, `bound` is the limit's name and value. */
    figure: (label: string, actual: string, side: 'atOrAbove' | 'atOrBelow' | 'below' | 'above', bound: string) => string;
    bound: (direction: 'min' | 'max' | 'require', limit: string) => string;
    /** A null figure, with the bound it was judged against. */
    nullFigure: (why: string, bound: string) => string;
  };
  /** `bizplan diff`'s words, in the new plan's language; its JSON stays English. */
  diffOutput: {
    better: string;
    worse: string;
    changed: string;
    newPlan: (name: string) => string;
    noMetricChanged: string;
    noInputChanged: string;
    inputsChanged: string;
    otherUnchanged: (count: number) => string;
    added: string;
    removed: string;
    none: string;
    /** Percentage points, after a change in a margin. */
    points: string;
    headers: { metric: string; value: string; old: string; new: string; change: string; input: string };
  };
  /** `bizplan scenarios` and `bizplan sensitivity` as text and Markdown, in the plan's language; their JSON stays English. */
  whatIfOutput: {
    scenariosTitle: (file: string, scenarios: number) => string;
    /** On stderr when a plan has no scenarios. */
    noScenarios: (file: string) => string;
    /** The base case's column: the name `plan.yaml#base` stays `base` in every language. */
    base: string;
    probability: string;
    expected: string;
    check: (name: string) => string;
    /** The Markdown table's first header. */
    figure: string;
    tornadoTitle: (metric: string, file: string, base: string) => string;
    bars: string;
    tornadoHeading: (metric: string) => string;
    tornadoIntro: (base: string) => string;
    headers: { input: string; lowToHigh: string; metricAt: (metric: string) => string; swing: string };
    /** From one value to another: "1.5% to 4%", "1.5%～4%". */
    range: (low: string, high: string) => string;
    /** Under an input's range: the metric at each end and the swing. */
    atEnds: (metric: string, range: string, swing: string) => string;
    /** A metric with no figure. */
    none: string;
    /** A swing with no figure at one end. */
    noSwing: string;
    /** The one-line mistakes of these commands' flags. */
    errors: {
      unknownScenario: (name: string, file: string, hint: string) => string;
      noScenariosToPick: (file: string) => string;
      didYouMean: (candidate: string) => string;
      scenariosAre: (names: readonly string[]) => string;
      unknownMetric: (name: string, hint: string) => string;
      metricsAre: (names: readonly string[]) => string;
      badSwing: (got: string) => string;
    };
  };
  report: ReportCatalog;
}
