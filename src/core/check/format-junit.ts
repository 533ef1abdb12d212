import { formatProblem } from '../plan/problems.js';
import { describeCheck, summarize, type CheckedPlan } from './plan-checks.js';

/** XML text and attribute escaping; characters XML 1.0 cannot hold at all are dropped. */
function xml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML, so CI dashboards show plan checks as tests: a suite per plan, a test case
 * per check, and one erroring test case for a plan that is invalid.
 */
export function renderCheckJunit(plans: readonly CheckedPlan[]): string {
  const summary = summarize(plans);
  const suites = plans.map((plan) => {
    if (!plan.valid) {
      const detail = plan.problems.map(formatProblem).join('\n');
      const first = plan.problems[0];
      return [
        `  <testsuite name="${xml(plan.file)}" tests="1" failures="0" errors="1">`,
        `    <testcase classname="${xml(plan.file)}" name="valid plan">`,
        `      <error type="invalid" message="${xml(first ? formatProblem(first) : 'invalid plan')}">${xml(detail)}</error>`,
        '    </testcase>',
        '  </testsuite>',
      ].join('\n');
    }
    const checks = plan.calc.checks;
    const failures = checks.filter((c) => !c.pass).length;
    const cases = checks.map((c) =>
      c.pass
        ? `    <testcase classname="${xml(plan.file)}" name="${c.name}"/>`
        : [
            `    <testcase classname="${xml(plan.file)}" name="${c.name}">`,
            `      <failure type="check" message="${xml(describeCheck(c))}"/>`,
            '    </testcase>',
          ].join('\n'),
    );
    return [`  <testsuite name="${xml(plan.file)}" tests="${checks.length}" failures="${failures}" errors="0">`, ...cases, '  </testsuite>'].join('\n');
  });
  const tests = plans.reduce((n, p) => n + (p.valid ? p.calc.checks.length : 1), 0);
  const failures = plans.reduce((n, p) => n + (p.valid ? p.calc.checks.filter((c) => !c.pass).length : 0), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="bizplan check" tests="${tests}" failures="${failures}" errors="${summary.invalid}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
