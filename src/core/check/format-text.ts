import { formatProblem } from '../plan/problems.js';
import type { Paint } from '../render/paint.js';
import { describeCheck, summarize, summaryLine, type CheckedPlan } from './plan-checks.js';

/** One line per check, ✓ or ✗, under each plan, then a summary line. */
export function renderCheckText(plans: readonly CheckedPlan[], paint: Paint): string {
  const lines: string[] = [];
  for (const plan of plans) {
    if (!plan.valid) {
      lines.push(`${paint.red('✗')} ${paint.bold(plan.file)} ${paint.red('is invalid')}`);
      for (const problem of plan.problems) lines.push(`    ${formatProblem(problem)}`);
      continue;
    }
    const mark = plan.calc.passed ? paint.green('✓') : paint.red('✗');
    lines.push(`${mark} ${paint.bold(plan.file)}${plan.calc.checks.length === 0 ? paint.dim(' (no checks set)') : ''}`);
    for (const check of plan.calc.checks) {
      lines.push(`    ${check.pass ? paint.green('✓') : paint.red('✗')} ${check.name}: ${describeCheck(check)}`);
    }
  }
  lines.push(summaryLine(summarize(plans)));
  return `${lines.join('\n')}\n`;
}
