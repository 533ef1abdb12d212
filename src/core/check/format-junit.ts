import { formatProblem } from '../plan/problems.js';
import { escapeCharacter, printable } from '../render/safe-text.js';
import { allChecks, describeCheck, describeStale } from './plan-checks.js';
import type { CheckFormatter } from './verdict.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * XML text and attribute escaping. Control characters, which XML 1.0 cannot hold even as
 * references, are shown as escapes such as `\x1b`, like everywhere else plan text is printed;
 * so are the two noncharacters XML also forbids, and a lone surrogate becomes U+FFFD.
 */
function xml(text: string): string {
  return printable(text)
    .replace(/[\uFFFE\uFFFF]/g, escapeCharacter)
    .replace(LONE_SURROGATE, '\uFFFD')
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
export const junitFormatter: CheckFormatter = {
  plan(plan) {
    if (!plan.valid) {
      const first = plan.problems[0];
      return [
        `  <testsuite name="${xml(plan.file)}" tests="1" failures="0" errors="1">`,
        `    <testcase classname="${xml(plan.file)}" name="valid plan">`,
        `      <error type="invalid" message="${xml(first ? formatProblem(first) : 'invalid plan')}">${plan.problems.map((p) => xml(formatProblem(p))).join('\n')}</error>`,
        '    </testcase>',
        '  </testsuite>',
      ].join('\n');
    }
    const checks = allChecks(plan);
    const cases = checks.map((c) =>
      c.pass
        ? `    <testcase classname="${xml(plan.file)}" name="${c.name}"/>`
        : [`    <testcase classname="${xml(plan.file)}" name="${c.name}">`, `      <failure type="check" message="${xml(describeCheck(c, plan.calc.plan.language))}"/>`, '    </testcase>'].join('\n'),
    );
    if (plan.stale?.length === 0) cases.push(`    <testcase classname="${xml(plan.file)}" name="up to date"/>`);
    if (plan.stale?.length) {
      cases.push([`    <testcase classname="${xml(plan.file)}" name="up to date">`, `      <failure type="stale" message="${xml(describeStale(plan.file, plan.stale, plan.calc.plan.language))}"/>`, '    </testcase>'].join('\n'));
    }
    const failures = checks.filter((c) => !c.pass).length + (plan.stale?.length ? 1 : 0);
    return [`  <testsuite name="${xml(plan.file)}" tests="${cases.length}" failures="${failures}" errors="0">`, ...cases, '  </testsuite>'].join('\n');
  },
  join(verdicts) {
    const tests = verdicts.reduce((n, v) => n + v.tests, 0);
    const failures = verdicts.reduce((n, v) => n + v.failures, 0);
    const errors = verdicts.filter((v) => !v.valid).length;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="bizplan check" tests="${tests}" failures="${failures}" errors="${errors}">`,
      ...verdicts.map((v) => v.fragment),
      '</testsuites>',
      '',
    ].join('\n');
  },
};
