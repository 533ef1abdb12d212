import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { Dec, NumberBeyondBounds } from '../../src/core/decimal.js';
import { planMap, text } from '../../src/core/plan/fields.js';
import { loadPlan, MAX_VALUES } from '../../src/core/plan/load.js';
import { capProblems, formatProblem, MAX_PROBLEMS, type PlanProblem } from '../../src/core/plan/problems.js';
import { planSchema } from '../../src/core/plan/schema.js';
import { knownKeysAt, schemaAt } from '../../src/core/plan/schema-walk.js';
import { templateText } from '../helpers.js';

type Segment = string | number;

/** Every map of the plan schema, as the schema walk sees it: sections, nested maps and list items. */
function mapPaths(prefix: readonly Segment[] = []): Segment[][] {
  const found: Segment[][] = [];
  for (const key of knownKeysAt(planSchema, prefix)) {
    const child = [...prefix, key];
    if (knownKeysAt(planSchema, child).length > 0) found.push(child, ...mapPaths(child));
    const item = [...child, 0];
    if (schemaAt(planSchema, item) && knownKeysAt(planSchema, item).length > 0) found.push(item, ...mapPaths(item));
  }
  return found;
}

const shown = (path: readonly Segment[]) => path.map((seg) => (typeof seg === 'number' ? `[${seg}]` : `.${seg}`)).join('').slice(1);

/** A plan that is the template with the value at `path` replaced by a YAML value written as text. */
async function templateWithYaml(path: readonly Segment[], yaml: string): Promise<string> {
  const document = parseDocument(await templateText());
  document.setIn(path, parseDocument(yaml).contents);
  return document.toString();
}

/** The template with a top-level section's value written as YAML text, digits as typed. */
async function templateWithSection(key: string, yaml: string): Promise<string> {
  const replaced = (await templateText()).replace(new RegExp(`\\n${key}:\\n(?:(?:[ -].*)?\\n)+`), `\n${key}: ${yaml}\n`);
  expect(replaced).toContain(`\n${key}: ${yaml}\n`);
  return replaced;
}

const problemsOf = (source: string): PlanProblem[] => {
  const result = loadPlan(source, 'plan.yaml');
  if (result.ok) throw new Error('expected the plan to be invalid');
  return result.problems;
};

describe('every map of the plan is a planMap', () => {
  const paths = mapPaths();

  it('is seen whole by the schema walk, so "did you mean" and --set still know its keys', () => {
    const names = paths.map(shown);
    for (const expected of ['market', 'market.size', 'market.competitors[0]', 'target_market', 'target_market.segments[0]', 'revenue_model.inference', 'revenue_model.streams[0]', 'resources.team[0]', 'partners[0]', 'growth', 'risks[0]', 'milestones[0]', 'checks', 'compute', 'compute.self_hosting', 'compute.training_runs[0]']) {
      expect(names).toContain(expected);
    }
    expect(knownKeysAt(planSchema, ['growth'])).toEqual(['starting_customers', 'new_customers_monthly', 'new_customers_growth_monthly', 'horizon_months']);
  });

  // The class: a number (a Decimal object), a number beyond the bounds (another object), text,
  // true, a list. Each is one problem at every map, not one per internal of the object.
  const notMaps: Array<[unknown, string]> = [
    [new Dec(12), '12'],
    [new NumberBeyondBounds('1e999999999', 'large'), '1e999999999'],
    ['growth', '"growth"'],
    [true, 'true'],
    [[], 'a list'],
  ];
  it.each(paths.map((path) => [shown(path), path] as const))('%s refuses a value that is no map with one invalid_type issue', (_, path) => {
    const field = schemaAt(planSchema, path);
    if (!field) throw new Error(`no schema at ${shown(path)}`);
    for (const [value] of notMaps) {
      const result = field.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.code, issue.path.length])).toEqual([['invalid_type', 0]]);
    }
  });

  it.each(paths.filter((path) => typeof path.at(-1) === 'string').map((path) => [shown(path), path] as const))(
    'a plan with a number at %s gets one line that says a map belongs there',
    async (name, path) => {
      const problems = problemsOf(await templateWithYaml(path, '12'));
      expect(problems.map((p) => `${p.key}: ${p.message}`)).toEqual([`${name}: must be a map of keys (got 12)`]);
    },
  );

  it('words each kind of wrong list item once, in the file\'s order', async () => {
    const problems = problemsOf(await templateWithSection('partners', '[1, 2.50, "x", true, [], 1e999999999]'));
    expect(problems.map((p) => `${p.key}: ${p.message}`)).toEqual([
      'partners[0]: must be a map of keys (got 1)',
      'partners[1]: must be a map of keys (got 2.5)',
      'partners[2]: must be a map of keys (got "x")',
      'partners[3]: must be a map of keys (got true)',
      'partners[4]: must be a map of keys (got a list)',
      'partners[5]: must be a map of keys (got 1e999999999)',
    ]);
  });

  it('still refuses unknown keys and keeps refinements on a map', async () => {
    const map = planMap({ low: text('low'), high: text('high') }).refine((m) => m.low < m.high, { error: 'low must sort before high' });
    expect(map.safeParse({ low: 'a', high: 'b' }).success).toBe(true);
    expect(map.safeParse({ low: 'b', high: 'a' }).error?.issues.map((i) => i.message)).toEqual(['low must sort before high']);
    expect(map.safeParse({ low: 'a', high: 'b', extra: 1 }).error?.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
    const problems = problemsOf((await templateText()).replace('som: 24000000', 'som: 99000000000'));
    expect(problems.map((p) => `${p.key}: ${p.message}`)).toEqual([expect.stringMatching(/^market\.size: must satisfy som <= sam <= tam/)]);
  });
});

describe('the problems of one plan are capped', () => {
  it(`shows the first ${MAX_PROBLEMS} in the file's order, then one line with how many more`, async () => {
    const problems = problemsOf(await templateWithSection('partners', `[${Array(300).fill('1').join(', ')}]`));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.slice(0, MAX_PROBLEMS).map((p) => p.key)).toEqual(Array.from({ length: MAX_PROBLEMS }, (_, i) => `partners[${i}]`));
    expect(formatProblem(problems[MAX_PROBLEMS] as PlanProblem)).toBe('plan.yaml: … and 250 more problems; fix these and check again');
  });

  it('caps unknown keys too, each a problem of its own', async () => {
    const keys = Array.from({ length: 120 }, (_, i) => `extra_${i}: 1`).join(', ');
    const problems = problemsOf(await templateWithYaml(['growth'], `{starting_customers: 1, new_customers_monthly: 1, new_customers_growth_monthly: 0, horizon_months: 12, ${keys}}`));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]?.key).toBe('growth.extra_0');
    expect(problems.at(-1)?.message).toBe('… and 70 more problems; fix these and check again');
  });

  it('leaves a short list as it is, and says "problem" for one', () => {
    const one = (n: number): PlanProblem => ({ file: 'p.yaml', line: n, col: 1, key: 'k', message: 'm' });
    expect(capProblems([one(1), one(2)], 'p.yaml')).toEqual([one(1), one(2)]);
    const many = Array.from({ length: MAX_PROBLEMS + 1 }, (_, i) => one(i + 1));
    expect(capProblems(many, 'p.yaml').at(-1)?.message).toBe('… and 1 more problem; fix these and check again');
    expect(capProblems(many.slice(0, 3), 'p.yaml', 10).at(-1)?.message).toBe('… and 7 more problems; fix these and check again');
  });

  it('says how many more in the language of a Chinese plan', async () => {
    const zh = (await templateWithSection('partners', `[${Array(300).fill('1').join(', ')}]`)).replace('language: en', 'language: zh');
    expect(problemsOf(zh).at(-1)?.message).toBe('……另有 250 个问题未列出；请先改正以上问题，再检查一次');
  });
});

describe('a flood of values is refused before it is parsed', () => {
  it('refuses a megabyte of list items as one problem, fast', async () => {
    const source = await templateWithSection('partners', `[${Array(480_000).fill('1').join(',')}]`);
    expect(source.length).toBeGreaterThan(900_000);
    const started = performance.now();
    const problems = problemsOf(source);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^plan\\.yaml:\\d+:\\d+ the file holds over ${MAX_VALUES} values`))]);
  });

  it('refuses a block list of empty items, which holds no scalar at all', async () => {
    const source = `${await templateText()}extra:\n${'-\n'.repeat(MAX_VALUES + 1)}`;
    expect(problemsOf(source).map((p) => p.message)).toEqual([expect.stringMatching(/^the file holds over/)]);
  });

  it('still reads an honest large plan: a thousand partners', async () => {
    const partners = Array.from({ length: 1000 }, (_, i) => `  - {name: P${i}, type: data, brings: "data set ${i}", status: idea}`).join('\n');
    const source = await templateWithSection('partners', `\n${partners}`);
    const result = loadPlan(source, 'plan.yaml');
    expect(result.ok && result.value.partners.length).toBe(1000);
  });
});
