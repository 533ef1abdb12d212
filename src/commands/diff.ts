import { calculate, type Calculation } from '../core/calculate.js';
import { diffPlans, worsened } from '../core/diff/diff.js';
import { renderDiffJson, renderDiffMarkdown, renderDiffText } from '../core/diff/format.js';
import { METRIC_KEYS, type MetricKey } from '../core/finance/metrics.js';
import { nearest } from '../core/nearest.js';
import { UserError } from '../shell/errors.js';
import { processOutput, type Output } from '../shell/output.js';
import { holdsNoPlan, planFromText, readPlanSource, readPlanText } from '../shell/plan-read.js';
import type { InputStream } from '../shell/stdin.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffOptions {
  cwd: string;
  /** The plan before; `-` reads stdin. */
  old: string;
  /** The plan after; `-` reads stdin. */
  new: string;
  format?: DiffFormat;
  /** Exit 1 when any of these metrics got worse. */
  failOnWorse?: readonly string[];
  stdin?: InputStream;
  output?: Output;
}

function metricNames(names: readonly string[]): MetricKey[] {
  return names.map((name) => {
    if ((METRIC_KEYS as readonly string[]).includes(name)) return name as MetricKey;
    throw new UserError(`--fail-on-worse: unknown metric "${name}"; did you mean "${nearest(name, METRIC_KEYS)?.candidate}"? Metrics: ${METRIC_KEYS.join(', ')}`);
  });
}

async function load(options: DiffOptions, arg: string): Promise<{ name: string; calc: Calculation }> {
  const file = await readPlanText(options.cwd, arg, options.stdin);
  return { name: file.shownAs, calc: calculate(file.plan) };
}

/**
 * The plan before, or undefined when there was none: an empty file or empty stdin, as
 * `git show base:bizplan.yaml` gives on the pull request that adds the plan.
 */
async function loadBefore(options: DiffOptions): Promise<{ name: string; calc: Calculation | undefined }> {
  const text = await readPlanSource(options.cwd, options.old, options.stdin);
  if (holdsNoPlan(text.source)) return { name: text.shownAs, calc: undefined };
  return { name: text.shownAs, calc: calculate((await planFromText(text.source, text.shownAs, text.path)).plan) };
}

/**
 * `bizplan diff OLD NEW`: how the metrics moved between two plans, and which inputs
 * moved them. Exits 0 whatever changed, unless `failOnWorse` names a metric that got worse.
 */
export async function diff(options: DiffOptions): Promise<number> {
  const output = options.output ?? processOutput();
  const format = options.format ?? 'text';
  if (!DIFF_FORMATS.includes(format)) throw new UserError(`--format: must be one of ${DIFF_FORMATS.join(', ')} (got ${JSON.stringify(format)})`);
  if (options.old === '-' && options.new === '-') throw new UserError('only one side of diff can be - (stdin)');
  const watched = metricNames(options.failOnWorse ?? []);
  const before = await loadBefore(options);
  const after = await load(options, options.new);
  const result = diffPlans(before.calc, after.calc);
  const names = { old: before.name, new: after.name };
  const worse = worsened(result, watched);
  const render = {
    text: () => renderDiffText(result, names, output.paint),
    markdown: () => renderDiffMarkdown(result, names),
    json: () => renderDiffJson(result, names, worse),
  };
  output.out(render[format]());
  if (worse.length > 0) {
    output.err(`Worse: ${worse.join(', ')}\n`);
    return 1;
  }
  return 0;
}
