import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { calculate } from '../../src/core/calculate.js';
import { Dec } from '../../src/core/decimal.js';
import { loadPlan } from '../../src/core/plan/load.js';
import { formatProblem } from '../../src/core/plan/problems.js';
import { baseProbability, computeCases, expectedValues, scenarioPlace, scenarioPlan, showExpected, type CaseResult } from '../../src/core/whatif/scenarios.js';
import { planFromText, templateText, templateWith } from '../helpers.js';

function loaded(text: string) {
  const result = loadPlan(text, 'plan.yaml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return { read: { value: result.raw, document: result.document, lineCounter: result.lineCounter }, plan: result.value };
}

function cases(text: string): CaseResult[] {
  const { read, plan } = loaded(text);
  const result = computeCases(read, plan, 'plan.yaml');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

describe('scenarios', () => {
  it('gives the base figures exactly for a scenario that changes nothing, and keeps the base first', async () => {
    const base = await templateText();
    const [first, same, empty] = cases(`${base}scenarios:\n  same:\n    set: { revenue_model.cac: 9000 }\n  empty:\n    set: {}\n`);
    const alone = calculate(planFromText(base));
    expect(first?.name).toBe('base');
    expect(first?.calculation.shown).toEqual(alone.shown);
    expect(same?.name).toBe('same');
    expect(same?.calculation.shown).toEqual(alone.shown);
    expect(same?.calculation.checks).toEqual(alone.checks);
    expect(empty?.calculation.shown).toEqual(alone.shown);
  });

  it('gives the figures of a copy edited by hand, for any input and value', async () => {
    const base = await templateText();
    const inputs: Array<[string, fc.Arbitrary<string>]> = [
      ['revenue_model.churn_monthly', fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`)],
      ['revenue_model.arpu_monthly', fc.integer({ min: 1, max: 100_000 }).map(String)],
      ['growth.new_customers_monthly', fc.integer({ min: 0, max: 1_000 }).map(String)],
      ['resources.fixed_costs_monthly', fc.integer({ min: 0, max: 10_000_000 }).map(String)],
      ['funding[0].month', fc.integer({ min: 1, max: 240 }).map(String)],
      ['revenue_model.inference.output_price_per_million', fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 100).toFixed(2))],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...inputs).chain(([key, value]) => fc.tuple(fc.constant(key), value)), ([key, value]) => {
        const scenario = cases(`${base}scenarios:\n  what_if:\n    set:\n      ${key}: "${value}"\n`)[1];
        const segments = key.replace(/\[(\d+)\]/g, '.$1').split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        const doc = parseDocument(base);
        doc.setIn(segments, value);
        const byHand = calculate(planFromText(doc.toString()));
        expect(scenario?.calculation.shown).toEqual(byHand.shown);
        expect(scenario?.calculation.checks).toEqual(byHand.checks);
      }),
      { numRuns: 30 },
    );
  });

  it('shows each problem of a scenario at its set entry, and a base problem at the base line', async () => {
    const base = await templateText();
    const first = base.split('\n').length;
    const text = `${base}scenarios:\n  broken:\n    set:\n      revenue_model.churn_monthly: 140%\n      growth.horizon_months: "soon"\n      target_market.segments: [{ name: Others }]\n`;
    const { read } = loaded(text);
    const result = scenarioPlan(read, 'broken', 'plan.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const primaryLine = base.split('\n').findIndex((l) => l.startsWith('  primary_segment:')) + 1;
    expect(result.problems.map((p) => [p.line - (p.line > primaryLine ? first - 1 : 0), p.col, p.key])).toEqual([
      [primaryLine, 20, 'target_market.primary_segment'],
      [4, 7, 'revenue_model.churn_monthly'],
      [5, 7, 'growth.horizon_months'],
    ]);
    expect(result.problems[1]?.message).toBe('must be greater than 0 and at most 1 (got "140%")');
    expect(scenarioPlace(read, 'broken')).toEqual({ line: first + 1, col: 3 });
  });

  it('weights each figure by probability, the base taking the rest', async () => {
    const base = await templateText();
    const text = `${base}scenarios:\n  downside:\n    probability: 25%\n    set: { growth.new_customers_monthly: 6, revenue_model.churn_monthly: 4% }\n  upside:\n    probability: 0.15\n    set: { revenue_model.arpu_monthly: 2200 }\n`;
    const all = cases(text);
    expect(all.map((c) => [c.name, c.probability?.toString()])).toEqual([
      ['base', '0.6'],
      ['downside', '0.25'],
      ['upside', '0.15'],
    ]);
    const expected = expectedValues(all);
    expect(expected).not.toBeNull();
    if (!expected) return;
    const weighted = (key: 'ltv' | 'min_cash' | 'break_even_customers') =>
      all.reduce((sum, c) => sum.plus((c.probability as Dec).mul(c.calculation.analysis.metrics[key] as Dec)), new Dec(0));
    for (const key of ['ltv', 'min_cash', 'break_even_customers'] as const) expect(expected[key]?.toString()).toBe(weighted(key).toString());
    const shown = showExpected(expected);
    // An integer figure gets a decimal mean; default_alive becomes the probability it is true.
    expect(shown.break_even_customers).toBe(weighted('break_even_customers').toDecimalPlaces(4, Dec.ROUND_HALF_UP).toString());
    const alive = all.filter((c) => c.calculation.analysis.metrics.default_alive).reduce((sum, c) => sum.plus(c.probability as Dec), new Dec(0));
    expect(expected.default_alive?.toString()).toBe(alive.toString());
    // A figure null in any case is null in the mean.
    const withNull = all.map((c, i) => (i === 1 ? { ...c, calculation: { ...c.calculation, analysis: { ...c.calculation.analysis, metrics: { ...c.calculation.analysis.metrics, ltv_to_cac: null } } } } : c));
    expect(expectedValues(withNull)?.ltv_to_cac).toBeNull();
  });

  it('has no expected values unless every scenario gives a probability and they add up to at most 1', async () => {
    const probabilities = async (a: string | undefined, b: string | undefined) => {
      const line = (p: string | undefined) => (p ? `    probability: ${p}\n` : '');
      const text = `${await templateText()}scenarios:\n  a:\n${line(a)}    set: {}\n  b:\n${line(b)}    set: {}\n`;
      return baseProbability(loaded(text).plan)?.toString() ?? null;
    };
    expect(await probabilities('50%', '50%')).toBe('0');
    expect(await probabilities('50%', '51%')).toBeNull();
    expect(await probabilities('50%', undefined)).toBeNull();
    expect(baseProbability(planFromText(await templateWith({})))).toBeNull();
    expect(expectedValues(cases(`${await templateText()}scenarios:\n  a:\n    set: {}\n`))).toBeNull();
  });
});
