import { formatProblem } from '../plan/problems.js';
import type { Paint } from '../render/paint.js';
import { printable } from '../render/safe-text.js';
import { describeCheck, describeStale } from './plan-checks.js';
import { summarize, summaryLine, type CheckFormatter } from './verdict.js';

/** One line per check, ✓ or ✗, under each plan, then a summary line. */
export function textFormatter(paint: Paint): CheckFormatter {
  return {
    plan(plan) {
      if (!plan.valid) {
        return [`${paint.red('✗')} ${paint.bold(printable(plan.file))} ${paint.red('is invalid')}`, ...plan.problems.map((p) => `    ${formatProblem(p)}`)].join('\n');
      }
      const mark = plan.calc.passed && !plan.stale?.length ? paint.green('✓') : paint.red('✗');
      const head = `${mark} ${paint.bold(printable(plan.file))}${plan.calc.checks.length === 0 ? paint.dim(' (no checks set)') : ''}`;
      const lines = [head, ...plan.calc.checks.map((c) => `    ${c.pass ? paint.green('✓') : paint.red('✗')} ${c.name}: ${describeCheck(c)}`)];
      if (plan.stale?.length === 0) lines.push(`    ${paint.green('✓')} up to date: the metrics and the report are what bizplan calc would write`);
      if (plan.stale?.length) lines.push(`    ${paint.red('✗')} stale: ${printable(describeStale(plan.file, plan.stale))}`);
      return lines.join('\n');
    },
    join: (verdicts) => `${[...verdicts.map((v) => v.fragment), summaryLine(summarize(verdicts))].join('\n')}\n`,
  };
}
