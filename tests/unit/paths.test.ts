import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calc } from '../../src/commands/calc.js';
import { calculate } from '../../src/core/calculate.js';
import { loadPlan } from '../../src/core/plan/load.js';
import { parseSetFlag, planWithOverrides, type NamedOverride } from '../../src/core/plan/overrides.js';
import { parsePath, resolvePath } from '../../src/core/plan/paths.js';
import { planSchema } from '../../src/core/plan/schema.js';
import { PlanInvalidError } from '../../src/shell/plan-file.js';
import { UserError } from '../../src/shell/errors.js';
import { captureOutput, tempDir, templateText, templateWith } from '../helpers.js';

async function loaded() {
  const result = loadPlan(await templateText(), 'plan.yaml');
  if (!result.ok) throw new Error('the template must load');
  return result;
}

describe('paths name one input', () => {
  it('parses keys, dots and list indexes, and writes them back the same way', () => {
    for (const text of ['revenue_model.churn_monthly', 'funding[0].month', 'market.competitors[2].name', 'a[0][1].b', 'name']) {
      const parsed = parsePath(text);
      expect(parsed.ok && parsed.path.text).toBe(text);
    }
    expect(parsePath('market.competitors[2].name')).toEqual({ ok: true, path: { text: 'market.competitors[2].name', segments: ['market', 'competitors', 2, 'name'] } });
  });

  it('refuses what is not a path, saying how one is written', () => {
    for (const text of ['', 'a..b', '.a', 'a.', 'a[x]', 'a[-1]', 'a b', 'a.[0]', '0.a', 'a]']) {
      const parsed = parsePath(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/is not a path: write the plan's keys joined by dots, with \[i\] for the i-th list item/);
    }
  });

  it('resolves against the schema and the plan: typos, list items that do not exist, keys inside values', async () => {
    const { raw } = await loaded();
    const message = (text: string) => {
      const r = resolvePath(planSchema, raw, text);
      return r.ok ? 'ok' : r.message;
    };
    expect(message('revenue_model.churn_monthly')).toBe('ok');
    expect(message('market.competitors[2].name')).toBe('ok');
    // An optional input the plan leaves out may still be named.
    expect(message('revenue_model.discount_rate_annual')).toBe('ok');
    expect(message('revenue_model.churn')).toBe('revenue_model.churn: unknown input; did you mean revenue_model.churn_monthly?');
    expect(message('revenue_model.chrun_monthly')).toBe('revenue_model.chrun_monthly: unknown input; did you mean revenue_model.churn_monthly?');
    expect(message('churn_monthly')).toBe('churn_monthly: unknown input; did you mean revenue_model.churn_monthly?');
    expect(message('market.competitors[3].name')).toBe('market.competitors[3]: market.competitors has 3 items (from [0] to [2]); a path names an item that exists, or give the whole list');
    expect(message('market.competitors.name')).toBe('market.competitors.name: market.competitors is a list; name an item first, e.g. market.competitors[0].name');
    expect(message('growth.horizon_months[0]')).toBe('growth.horizon_months[0]: growth.horizon_months is not a list; leave out [0]');
    expect(message('growth.horizon_months.x')).toBe('growth.horizon_months.x: growth.horizon_months is a single value, with no keys inside');
    expect(message('metrics.ltv')).toBe('metrics: is not an input: bizplan computes it; name an input such as revenue_model.churn_monthly');
    expect(message('__proto__.polluted')).toMatch(/^__proto__: unknown input; the keys allowed in the plan are: version, name/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a plan with inputs set', () => {
  it('gives exactly the figures of the same plan edited by hand, for any input and value', async () => {
    const read = await loaded();
    const inputs = [
      ['revenue_model.churn_monthly', fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`)],
      ['revenue_model.arpu_monthly', fc.integer({ min: 1, max: 100_000 }).map(String)],
      ['revenue_model.cac', fc.integer({ min: 0, max: 100_000 }).map(String)],
      ['growth.new_customers_monthly', fc.integer({ min: 0, max: 1_000 }).map(String)],
      ['resources.fixed_costs_monthly', fc.integer({ min: 0, max: 10_000_000 }).map(String)],
      ['revenue_model.inference.output_price_per_million', fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 100).toFixed(2))],
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...inputs).chain(([key, value]) => fc.tuple(fc.constant(key), value)), async ([key, value]) => {
        const set = parseSetFlag(`${key}=${value}`, read.raw);
        if (!set.ok) throw new Error(set.message);
        const changed = planWithOverrides(read, [set.override], 'plan.yaml');
        if (!changed.ok) throw new Error(changed.problems[0]?.message);
        const byHand = loadPlan(await templateWith({ [key]: value.endsWith('%') ? value : Number(value) }), 'plan.yaml');
        if (!byHand.ok) throw new Error(byHand.problems[0]?.message);
        expect(calculate(changed.value).shown).toEqual(calculate(byHand.value).shown);
      }),
      { numRuns: 60 },
    );
  });

  it('names the --set that made the plan invalid, and keeps a base problem at its line', async () => {
    const read = await loaded();
    const overrides = ['revenue_model.churn_monthly=150%', 'target_market.primary_segment=Nobody'].map((flag) => {
      const parsed = parseSetFlag(flag, read.raw);
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.override;
    });
    const result = planWithOverrides(read, overrides, 'plan.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => `${p.file}|${p.line}|${p.key}|${p.message}`)).toEqual([
        '--set target_market.primary_segment=Nobody|0|target_market.primary_segment|must be one of the segment names: "Contact centres", "Legal and medical documentation", "Developers"',
        '--set revenue_model.churn_monthly=150%|0|revenue_model.churn_monthly|must be greater than 0 and at most 1 (got "150%")',
      ]);
    }
  });

  it('replaces a whole list or map when the value is one', async () => {
    const read = await loaded();
    const set = parseSetFlag('market.competitors=[{name: Solo}]', read.raw) as { ok: true; override: NamedOverride };
    const changed = planWithOverrides(read, [set.override], 'plan.yaml');
    expect(changed.ok && changed.value.market.competitors).toEqual([{ name: 'Solo' }]);
  });
});

describe('bizplan calc --set and calc -', () => {
  it('computes the what-if, says so on stderr, and writes nothing', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bizplan.yaml');
    await writeFile(file, await templateText());
    const output = captureOutput();
    expect(await calc({ cwd: dir, set: ['revenue_model.churn_monthly=5%'], json: true, output })).toBe(1);
    expect(JSON.parse(output.stdout).metrics.ltv).toBe(24054.4);
    expect(output.stderr).toBe('What if revenue_model.churn_monthly=5%: the figures below; bizplan.yaml is unchanged\n');
    expect(await readFile(file, 'utf8')).toBe(await templateText());
    expect(await readdir(dir)).toEqual(['bizplan.yaml']);
  });

  it('refuses every bad --set at once, before computing anything', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bizplan.yaml'), await templateText());
    const error = await calc({ cwd: dir, set: ['revenue_model.churn=5%', 'cac', 'growth.horizon_months=0'], output: captureOutput() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).lines).toEqual([
      '--set: revenue_model.churn: unknown input; did you mean revenue_model.churn_monthly?',
      '--set cac: write PATH=VALUE, e.g. --set revenue_model.churn_monthly=5%',
    ]);
    const invalid = await calc({ cwd: dir, set: ['growth.horizon_months=0'], output: captureOutput() }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(PlanInvalidError);
    expect((invalid as PlanInvalidError).lines).toEqual(['--set growth.horizon_months=0: growth.horizon_months: must be a whole number from 1 to 240 (got 0)']);
  });

  it('reads a plan from stdin, and writes only a report asked for by name', async () => {
    const dir = await tempDir();
    const text = await templateText();
    const stdin = () => Readable.from([Buffer.from(text)]);
    const output = captureOutput();
    expect(await calc({ cwd: dir, plan: '-', stdin: stdin(), json: true, output })).toBe(0);
    expect(JSON.parse(output.stdout).plan).toBe('(stdin)');
    expect(await readdir(dir)).toEqual([]);
    expect(await calc({ cwd: dir, plan: '-', stdin: stdin(), report: 'r.md', date: '2026-11-29', output: captureOutput() })).toBe(0);
    expect(await readdir(dir)).toEqual(['r.md']);
  });
});
