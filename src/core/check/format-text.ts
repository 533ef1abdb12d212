import { catalogs } from '../i18n/index.js';
import { formatProblem } from '../plan/problems.js';
import type { Paint } from '../render/paint.js';
import { printable } from '../render/safe-text.js';
import { allChecks, allPass, describeCheck, describeStale } from './plan-checks.js';
import { summarize, summaryLine, type CheckFormatter } from './verdict.js';

/** One line per check, ✓ or ✗, under each plan, then a summary line. */
export function textFormatter(paint: Paint): CheckFormatter {
  return {
    plan(plan) {
      if (!plan.valid) {
        return [`${paint.red('✗')} ${paint.bold(printable(plan.file))}${paint.red(catalogs[plan.language ?? 'en'].checkOutput.invalid)}`, ...plan.problems.map((p) => `    ${formatProblem(p)}`)].join('\n');
      }
      // Lines about the plan speak its language; the check's key leads each one, the same in every language.
      const language = plan.calc.plan.language;
      const o = catalogs[language].checkOutput;
      const colon = catalogs[language].summary.colon;
      const checks = allChecks(plan);
      const mark = allPass(plan) && !plan.stale?.length ? paint.green('✓') : paint.red('✗');
      const head = `${mark} ${paint.bold(printable(plan.file))}${checks.length === 0 ? paint.dim(o.noChecks) : ''}`;
      const lines = [head, ...checks.map((c) => `    ${c.pass ? paint.green('✓') : paint.red('✗')} ${c.name}${colon}${describeCheck(c, language)}`)];
      if (plan.stale?.length === 0) lines.push(`    ${paint.green('✓')} ${o.upToDate}`);
      if (plan.stale?.length) lines.push(`    ${paint.red('✗')} ${o.staleLabel}${colon}${printable(describeStale(plan.file, plan.stale, language))}`);
      return lines.join('\n');
    },
    join: (verdicts) => `${[...verdicts.map((v) => v.fragment), summaryLine(summarize(verdicts))].join('\n')}\n`,
  };
}
