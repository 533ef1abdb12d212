import { Dec } from '../core/decimal.js';
import { catalogs, type Catalog } from '../core/i18n/index.js';
import { localeLanguage } from '../shell/locale.js';
import { nearest } from '../core/nearest.js';
import { toDecimal } from '../core/plan/numbers.js';
import { printable } from '../core/render/safe-text.js';
import { renderTornadoJson, renderTornadoMarkdown } from '../core/render/tornado.js';
import { DEFAULT_TORNADO_METRIC, NUMERIC_METRICS, tornado, type GivenRange } from '../core/whatif/sensitivity.js';
import type { MetricKey } from '../core/finance/metrics.js';
import type { Plan } from '../core/plan/schema.js';
import { EXIT, UserError } from '../shell/errors.js';
import { processOutput, type Output } from '../shell/output.js';
import { DEFAULT_PLAN, readPlanText } from '../shell/plan-read.js';
import type { InputStream } from '../shell/stdin.js';

export const SENSITIVITY_FORMATS = ['text', 'json', 'markdown'] as const;
export type SensitivityFormat = (typeof SENSITIVITY_FORMATS)[number];

export interface SensitivityOptions {
  cwd: string;
  plan?: string;
  /** The metric to move; `min_cash` when not given. */
  metric?: string;
  /** s of FORMULAS.md: `20%` or `0.2`. */
  swing?: string;
  format?: SensitivityFormat;
  stdin?: InputStream;
  /** Terminal columns for the bars; 80 when stdout is not a terminal. */
  width?: number;
  output?: Output;
  /** The locale the flags' mistakes are worded in: they are judged before the plan is read. */
  env?: NodeJS.ProcessEnv;
}

type FlagWords = Catalog['whatIfOutput']['errors'];

/** The metric named, or a one-line mistake naming the nearest. */
export function parseMetric(name: string | undefined, e: FlagWords = catalogs.en.whatIfOutput.errors): MetricKey {
  const metric = name ?? DEFAULT_TORNADO_METRIC;
  if ((NUMERIC_METRICS as readonly string[]).includes(metric)) return metric as MetricKey;
  const near = nearest(metric.toLowerCase(), NUMERIC_METRICS);
  const hint = near && near.edits <= Math.max(2, Math.floor(metric.length / 3)) ? e.didYouMean(near.candidate) : e.metricsAre(NUMERIC_METRICS);
  throw new UserError(e.unknownMetric(JSON.stringify(printable(metric.slice(0, 60))), hint));
}

/** The swing s: a share above 0 and at most 1, `20%` or `0.2`. */
export function parseSwing(text: string | undefined, e: FlagWords = catalogs.en.whatIfOutput.errors): Dec | undefined {
  if (text === undefined) return undefined;
  const value = toDecimal(text, true);
  if (!value || !value.gt(0) || value.gt(1)) throw new UserError(e.badSwing(JSON.stringify(printable(text.slice(0, 60)))));
  return value;
}

/** The plan's uncertainty ranges; read with the schema only when the plan has some (it was read the full way then). */
async function rangesOf(plan: Plan): Promise<GivenRange[]> {
  if (plan.uncertainty === undefined) return [];
  const [{ rangesOf: resolve }, { planSchema }] = await Promise.all([import('../core/plan/what-if-rules.js'), import('../core/plan/schema.js')]);
  return resolve(planSchema, plan);
}

/**
 * `bizplan sensitivity`: the tornado of one metric (FORMULAS.md, "Sensitivity (tornado)").
 * Reads the plan, writes nothing. Returns 0.
 */
export async function sensitivity(options: SensitivityOptions): Promise<number> {
  const output = options.output ?? processOutput();
  const format = options.format ?? 'text';
  if (!SENSITIVITY_FORMATS.includes(format)) throw new UserError(`--format: must be one of ${SENSITIVITY_FORMATS.join(', ')} (got ${JSON.stringify(printable(format))})`);
  // The flags are judged before the plan is read, so their mistakes follow the locale.
  const words = catalogs[localeLanguage(options.env ?? process.env)].whatIfOutput.errors;
  const metric = parseMetric(options.metric, words);
  const swing = parseSwing(options.swing, words);
  const file = await readPlanText(options.cwd, options.plan ?? DEFAULT_PLAN, options.stdin);
  const result = tornado(file.plan, metric, { ...(swing ? { swing } : {}), ranges: await rangesOf(file.plan) });
  if (format === 'json') output.out(renderTornadoJson(file.shownAs, result));
  else if (format === 'markdown') output.out(renderTornadoMarkdown(file.plan, result));
  else output.out((await import('../core/render/tornado-text.js')).renderTornadoText(file.plan, result, options.width ?? 80, file.shownAs));
  return EXIT.ok;
}
