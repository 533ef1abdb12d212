import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseThresholds } from '../../src/commands/check.js';
import { init } from '../../src/commands/init.js';
import { Dec, isDecimal } from '../../src/core/decimal.js';
import { problemZh } from '../../src/core/i18n/problems-zh.js';
import { checkNumber, type NumberRule } from '../../src/core/plan/fields.js';
import { loadPlan, parseYaml } from '../../src/core/plan/load.js';
import { formatProblem } from '../../src/core/plan/problems.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { UserError } from '../../src/shell/errors.js';
import { displayValue } from '../../src/wizard/draft.js';
import { validateAnswer } from '../../src/wizard/validate.js';
import { BIN, captureOutput, planFromText, tempDir, templateText } from '../helpers.js';

/** A hang used to take minutes and gigabytes; an honest answer takes milliseconds. */
const QUICK_MS = 1000;

/** Runs `work`, failing the test when it takes longer than QUICK_MS. */
function quickly<T>(work: () => T): T {
  const start = performance.now();
  const result = work();
  expect(performance.now() - start).toBeLessThan(QUICK_MS);
  return result;
}

const problemsOf = (text: string): string[] => {
  const result = quickly(() => loadPlan(text, 'plan.yaml'));
  if (result.ok) throw new Error('expected the plan to be invalid');
  return result.problems.map(formatProblem);
};

const planOf = (text: string): Plan => {
  const result = quickly(() => loadPlan(text, 'plan.yaml'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
};

/** The template with the value of the first line matching `line` (`  tam: `) replaced, as raw YAML. */
async function withValue(line: string, value: string): Promise<{ text: string; at: string }> {
  const template = await templateText();
  const start = template.indexOf(line);
  if (start < 0) throw new Error(`no ${line} in the template`);
  const valueStart = start + line.length;
  const end = template.indexOf('\n', valueStart);
  const text = template.slice(0, valueStart) + value + template.slice(end);
  const before = text.slice(0, valueStart).split('\n');
  return { text, at: `${before.length}:${(before.at(-1) as string).length + 1}` };
}

const TOO_LARGE = 'must be at most 10^15 in size';
const TOO_SMALL = 'must be 0 or at least 10^-15 in size';

describe('a number of any exponent is judged before its digits are made', () => {
  // Each field is [its line in the template, its key]: money, counts, rates, list items, checks.
  const fields: Array<[string, string]> = [
    ['    tam: ', 'market.size.tam'],
    ['    som: ', 'market.size.som'],
    ['  cash: ', 'resources.cash'],
    ['  fixed_costs_monthly: ', 'resources.fixed_costs_monthly'],
    ['    input_tokens_per_request: ', 'revenue_model.inference.input_tokens_per_request'],
    ['    overhead_multiplier: ', 'revenue_model.inference.overhead_multiplier'],
    ['      count: ', 'resources.team[0].count'],
    ['      customers: ', 'target_market.segments[0].customers'],
    ['  discount_rate_annual: ', 'revenue_model.discount_rate_annual'],
    ['  ltv_to_cac_min: ', 'checks.ltv_to_cac_min'],
    ['      gpu_hours: ', 'compute.training_runs[0].gpu_hours'],
    ['      gpu_hourly_price: ', 'compute.training_runs[0].gpu_hourly_price'],
  ];
  const hostile: Array<[string, string]> = [
    ['1e999999999999', `${TOO_LARGE} (got 1e999999999999)`],
    ['1e1000000000', `${TOO_LARGE} (got 1e1000000000)`],
    ['12.5e99999999999999999999', `${TOO_LARGE} (got 12.5e99999999999999999999)`],
    ['1e-999999999', `${TOO_SMALL} (got 1e-999999999)`],
    // Past decimal.js's own limits, which would turn it into 0 without a word.
    ['1e-99999999999999999999', `${TOO_SMALL} (got 1e-99999999999999999999)`],
    ['0.0000000000000001', `${TOO_SMALL} (got 0.0000000000000001)`],
    ['"1e999999999999"', `${TOO_LARGE} (got "1e999999999999")`],
    ['1000000000000000.5', `${TOO_LARGE} (got 1000000000000000.5)`],
    [`0x${'F'.repeat(20_000)}`, TOO_LARGE],
  ];
  for (const [line, key] of fields) {
    it(`refuses huge and tiny exponents at ${key}, at once and in one line`, async () => {
      for (const [value, message] of hostile) {
        const { text, at } = await withValue(line, value);
        const problems = problemsOf(text);
        expect(problems, value).toHaveLength(1);
        expect(problems[0], value).toContain(`plan.yaml:${at} ${key}: ${message}`);
      }
    });
  }

  it('says "at most 10^15" to a huge negative number where no range forbids it', () => {
    const anyNumber: NumberRule = { description: '' };
    expect(quickly(() => checkNumber('-1e999999999999', anyNumber))).toEqual({
      message: `${TOO_LARGE} (got "-1e999999999999"); no plan needs a figure that large, so check the exponent and the digits`,
      problem: { kind: 'size', rule: anyNumber, got: '"-1e999999999999"', side: 'large' },
    });
  });

  it('gives a field\'s own range when a huge number breaks it: whole numbers, shares, horizons', async () => {
    const month = await withValue('  - month: ', '1e999999999');
    expect(problemsOf(month.text)).toEqual([`plan.yaml:${month.at} milestones[0].month: must be a whole number from 0 to 240 (got 1e999999999)`]);
    const horizon = await withValue('  horizon_months: ', '-1e999999999');
    expect(problemsOf(horizon.text)).toEqual([`plan.yaml:${horizon.at} growth.horizon_months: must be a whole number from 1 to 240 (got -1e999999999)`]);
    const churn = await withValue('  churn_monthly: ', '1e999999999');
    expect(problemsOf(churn.text)).toEqual([`plan.yaml:${churn.at} revenue_model.churn_monthly: must be greater than 0 and at most 1 (got 1e999999999)`]);
  });

  it('keeps the bounds themselves, and every zero however written', () => {
    const anyNumber: NumberRule = { description: '' };
    const accepted = (text: string) => {
      const result = quickly(() => checkNumber(text, anyNumber));
      return 'value' in result ? result.value.toString() : result.message;
    };
    expect(accepted('1e15')).toBe('1000000000000000');
    expect(accepted('-1e15')).toBe('-1000000000000000');
    expect(accepted('1e-15')).toBe('0.000000000000001');
    expect(accepted('-0.000000000000001')).toBe('-0.000000000000001');
    expect(accepted('999999999999999.999999999')).toBe('999999999999999.999999999');
    for (const zero of ['0', '-0', '0.0', '0e0', '0e999999999999999999999', '-0.000e-99999999999999999']) expect(accepted(zero), zero).toBe('0');
    expect(accepted('1.000000000000000000001e15')).toMatch(/^must be at most 10\^15 in size/);
    expect(accepted('9.9999e-16')).toMatch(/^must be 0 or at least 10\^-15 in size/);
  });

  it('judges any mantissa and exponent by its true size, exactly as decimal.js would read it', () => {
    const anyNumber: NumberRule = { description: '' };
    const digits = fc.stringMatching(/^[0-9]{1,30}$/);
    fc.assert(
      fc.property(fc.constantFrom('', '-', '+'), digits, fc.option(digits, { nil: undefined }), fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), (sign, whole, fraction, exponent) => {
        const text = `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}e${exponent}`;
        const result = quickly(() => checkNumber(text, anyNumber));
        // Where decimal.js's exponent reaches, its reading is the truth to compare with.
        const small = exponent > -(10n ** 15n) && exponent < 10n ** 15n;
        if (!small) {
          expect('message' in result || ('value' in result && result.value.isZero()), text).toBe(true);
          return;
        }
        const truth = new Dec(text);
        const inBounds = truth.isZero() || (truth.abs().lte('1e15') && truth.abs().gte('1e-15'));
        if (inBounds) expect('value' in result && result.value.eq(truth), text).toBe(true);
        else expect('message' in result && /in size/.test(result.message), text).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('takes a huge number written where text belongs as its own text, never expanded', async () => {
    const name = await withValue('name: ', '1e999999999');
    expect(planOf(name.text).name).toBe('1e999999999');
    const competitor = await withValue('    - name: ', '-1.5e-99999999999999999999');
    expect(planOf(competitor.text).market.competitors[0]?.name).toBe('-1.5e-99999999999999999999');
    const key = await withValue('  problem: ', 'x\n  1e999999999: y');
    expect(problemsOf(key.text)).toEqual([expect.stringMatching(/^plan\.yaml:\d+:3 market\.1e999999999: unknown key; /)]);
  });

  it('keeps such text through init --answers and the wizard\'s pre-filled answers', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'answers.yaml'), (await withValue('name: ', '1e999999999')).text);
    expect(await init({ cwd: dir, answers: 'answers.yaml', interactive: false, output: captureOutput(), date: '2026-11-29' })).toBe(0);
    expect(planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).name).toBe('1e999999999');
    const draft = parseYaml('name: 1e999999999\n', 'plan.yaml');
    expect(draft.ok && displayValue((draft.value as { name: unknown }).name, false)).toBe('1e999999999');
  });

  it('shows a huge Decimal handed over by code in short form, at once', () => {
    const anyNumber: NumberRule = { description: '' };
    const huge = new Dec('1.5e999999999999');
    expect(quickly(() => checkNumber(huge, anyNumber))).toEqual({
      message: `${TOO_LARGE} (got 1.5e999999999999); no plan needs a figure that large, so check the exponent and the digits`,
      problem: { kind: 'size', rule: anyNumber, got: '1.5e999999999999', side: 'large' },
    });
  });

  it('refuses a huge version as "must be 1"', async () => {
    const version = await withValue('version: ', '1e999999999');
    expect(problemsOf(version.text)).toEqual([`plan.yaml:${version.at} version: must be 1, the only plan format version so far`]);
  });

  it('refuses new-customer growth above 1000% a month, and keeps 1000% itself', async () => {
    for (const [value, got] of [['"1001%"', '"1001%"'], ['10.01', '10.01'], ['"99999999999999999999999%"', '"99999999999999999999"…']]) {
      const growth = await withValue('  new_customers_growth_monthly: ', value as string);
      expect(problemsOf(growth.text), value).toEqual([
        expect.stringMatching(new RegExp(`^plan\\.yaml:${growth.at} growth\\.new_customers_growth_monthly: must be greater than -1 and at most 10 \\(1000%\\) \\(got ${(got as string).replace(/[.*()%]/g, '\\$&')}\\)`)),
      ]);
    }
    const most = await withValue('  new_customers_growth_monthly: ', '1000%');
    expect(planOf(most.text).growth.new_customers_growth_monthly.toString()).toBe('10');
    // 20 where 20% was meant: the hint says how to write it.
    const twenty = await withValue('  new_customers_growth_monthly: ', '20');
    expect(problemsOf(twenty.text)).toEqual([`plan.yaml:${twenty.at} growth.new_customers_growth_monthly: must be greater than -1 and at most 10 (1000%) (got 20); for 20% write "20%"`]);
  });

  it('refuses a token price that falls by all of it or rises above 1000% a year, and keeps the bounds\' neighbours', async () => {
    const range = 'must be greater than -1 and at most 10 (1000%)';
    for (const [value, tail] of [
      ['"-100%"', '(got "-100%")'],
      ['-1', '(got -1)'],
      ['10.5', '(got 10.5); for 10.5% write "10.5%"'],
      ['1e999999999', '(got 1e999999999)'],
    ]) {
      const change = await withValue('    price_change_yearly: ', value as string);
      expect(problemsOf(change.text), value).toEqual([`plan.yaml:${change.at} revenue_model.inference.price_change_yearly: ${range} ${tail as string}`]);
    }
    expect(planOf((await withValue('    price_change_yearly: ', '"-99.99%"')).text).revenue_model.inference?.price_change_yearly?.toString()).toBe('-0.9999');
    expect(planOf((await withValue('    price_change_yearly: ', '1000%')).text).revenue_model.inference?.price_change_yearly?.toString()).toBe('10');
  });

  it('gives a wizard answer the same message, in English and in Chinese', () => {
    const tam = ['market', 'size', 'tam'];
    expect(quickly(() => validateAnswer(tam, '1e999999999999'))).toBe(`${TOO_LARGE} (got "1e999999999999"); no plan needs a figure that large, so check the exponent and the digits`);
    expect(quickly(() => validateAnswer(tam, '1e-999999999', false, problemZh))).toBe('必须是 0，或绝对值不小于 10^-15（当前为 "1e-999999999"）；没有请写 0');
    expect(quickly(() => validateAnswer(tam, '1e999999999999', false, problemZh))).toBe('绝对值不能超过 10^15（当前为 "1e999999999999"）；计划里不会有这么大的数，请检查指数和位数');
    expect(validateAnswer(['growth', 'new_customers_growth_monthly'], '1001%', false, problemZh)).toBe('必须是大于 -1 且不大于 10 (1000%) 的数（当前为 "1001%"）');
  });

  it('refuses huge and tiny threshold flags, at once, naming the flag', () => {
    const refused = (flags: Parameters<typeof parseThresholds>[0]) => {
      try {
        quickly(() => parseThresholds(flags));
      } catch (error) {
        if (error instanceof UserError) return error.lines;
        throw error;
      }
      throw new Error('expected the flags to be refused');
    };
    expect(refused({ ltvToCacMin: '1e-999999999' })).toEqual([`--ltv-to-cac-min: ${TOO_SMALL} (got "1e-999999999"); write 0 for nothing`]);
    expect(refused({ cacPaybackMonthsMax: '1e99999999999999999999' })).toEqual([
      `--cac-payback-months-max: ${TOO_LARGE} (got "1e999999999999999999"…); no plan needs a figure that large, so check the exponent and the digits`,
    ]);
    expect(refused({ grossMarginMin: '1e999999999' })).toEqual(['--gross-margin-min: must be between 0 and 1 (got "1e999999999")']);
  });
});

describe('the built binary answers hostile numbers at once', () => {
  /** Cold start included; the hang this guards against took minutes. */
  const run = (args: string[]) => {
    const start = performance.now();
    const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
    return { ...result, ms: performance.now() - start };
  };

  it('refuses a flag of 1e-999999999 with exit 2 and one line', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bizplan.yaml'), await templateText());
    const result = run(['check', path.join(dir, 'bizplan.yaml'), '--ltv-to-cac-min', '1e-999999999']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`--ltv-to-cac-min: ${TOO_SMALL} (got "1e-999999999"); write 0 for nothing\n`);
    expect(result.ms).toBeLessThan(10_000);
  });

  it('refuses a plan with tam: 1e999999999999 with exit 2 and one line, writing nothing', async () => {
    const dir = await tempDir();
    const { text, at } = await withValue('    tam: ', '1e999999999999');
    const plan = path.join(dir, 'bizplan.yaml');
    await writeFile(plan, text);
    const result = run(['calc', plan]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${plan}:${at} market.size.tam: ${TOO_LARGE} (got 1e999999999999); no plan needs a figure that large, so check the exponent and the digits\n`);
    expect(result.ms).toBeLessThan(10_000);
    expect(spawnSync('ls', [dir], { encoding: 'utf8' }).stdout).toBe('bizplan.yaml\n');
  });
});

describe('YAML is read as YAML 1.2, and no library\'s words reach the user', () => {
  it('refuses %YAML 1.1, where 017 would be 15, and reads %YAML 1.2', async () => {
    const template = await templateText();
    expect(problemsOf(`%YAML 1.1\n---\n${template.replace('cac: 9000', 'cac: 017')}`)).toEqual([
      'plan.yaml:1:1 plans are YAML 1.2, where 017 is 17 and "yes" is text: remove the "%YAML 1.1" line and check such values',
    ]);
    expect(problemsOf(`%YAML 1.1\n---\na: 1:30\n`)).toEqual([expect.stringMatching(/^plan\.yaml:1:1 plans are YAML 1\.2/)]);
    expect(problemsOf(`%YAML 1.3\n---\n${template}`)).toEqual(['plan.yaml:1:7 invalid YAML: Unsupported YAML version 1.3']);
    expect(planOf(`%YAML 1.2\n---\n${template.replace('cac: 9000', 'cac: 017')}`).revenue_model.cac.toString()).toBe('17');
  });

  it('reads every number form of the YAML 1.2 core schema exactly', async () => {
    const forms: Array<[string, string]> = [
      ['0x1F', '31'],
      ['0o17', '15'],
      ['017', '17'],
      ['+.5', '0.5'],
      ['.5e3', '500'],
      ['1.', '1'],
      ['1E5', '100000'],
      ['+12', '12'],
      ['-0', '0'],
      ['0e0', '0'],
      ['0.1', '0.1'],
      ['2.5e-3', '0.0025'],
      ['0x38D7EA4C68000', '1000000000000000'],
    ];
    for (const [written, value] of forms) {
      const { text } = await withValue('    overhead_multiplier: ', written);
      expect(planOf(text).revenue_model.inference?.overhead_multiplier?.toString(), written).toBe(value);
    }
    const hexTooLarge = await withValue('    overhead_multiplier: ', '0x38D7EA4C68001');
    expect(problemsOf(hexTooLarge.text)).toEqual([`plan.yaml:${hexTooLarge.at} revenue_model.inference.overhead_multiplier: ${TOO_LARGE} (got 0x38D7EA4C68001); no plan needs a figure that large, so check the exponent and the digits`]);
    // Not numbers in YAML 1.2 (1_000 and 1:30 were, in 1.1): text, refused as such where a number belongs.
    for (const written of ['1_000', '1:30', '0b101', '0x', '1e']) {
      const { text, at } = await withValue('    overhead_multiplier: ', written);
      expect(problemsOf(text), written).toEqual([`plan.yaml:${at} revenue_model.inference.overhead_multiplier: must be a number (got "${written}")`]);
    }
  });

  it('turns any scalar made of number characters into a value or a plan\'s own message, never a library\'s', () => {
    const scalar = fc.stringMatching(/^[-+0-9.eExXoOb_:]{1,16}$/);
    fc.assert(
      fc.property(scalar, fc.boolean(), (written, yaml11) => {
        const text = `${yaml11 ? '%YAML 1.1\n---\n' : ''}a: ${written}\n`;
        const result = quickly(() => parseYaml(text, 'plan.yaml'));
        if (result.ok) {
          const value = (result.value as { a: unknown }).a;
          if (isDecimal(value)) expect(value.isFinite()).toBe(true);
          return;
        }
        for (const problem of result.problems.map(formatProblem)) {
          expect(problem).toMatch(/^plan\.yaml:\d+:\d+ /);
          expect(problem).not.toMatch(/Error|\[|Invalid argument/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('names a tag a plan cannot hold, at the tag, whatever kind of value it is on', () => {
    // A tag is quoted like a value: at most its first 20 characters (a secret can sit where a tag goes).
    const tags: Array<[string, string]> = [
      ['a: !!binary aGVsbG8=', '!!binary'],
      ['a: !!timestamp 2001-12-14', '!!timestamp'],
      ['a: !!set {x}', '!!set'],
      ['a: !!omap [{x: 1}]', '!!omap'],
      ['a: !!pairs [{x: 1}]', '!!pairs'],
      ['a: !!merge <<', '!!merge'],
      ['a: !custom x', '!custom'],
      ['a: &anchor !custom [1, 2]', '!custom'],
      ['%TAG !e! tag:example.com,2000:\n---\na: !e!point 1', 'tag:example.com,2000…'],
      ['a: !<tag:example.com,2000:x> 1', 'tag:example.com,2000…'],
    ];
    for (const [text, tag] of tags) {
      const line = text.split('\n').length;
      const col = (text.split('\n').at(-1) as string).indexOf(tag.startsWith('tag:') ? '!' : tag) + 1;
      expect(problemsOf(text), text).toEqual([`plan.yaml:${line}:${col} the tag ${tag} is not supported in a plan: remove it; a plan holds only text, numbers, true or false, lists and maps`]);
    }
  });

  it('takes the core schema\'s own tags where they fit, and says so where they do not', async () => {
    const named = await withValue('name: ', '!!str 2024');
    expect(planOf(named.text).name).toBe('2024');
    const cash = await withValue('  cash: ', '!!int 0x1F');
    expect(planOf(cash.text).resources.cash.toString()).toBe('31');
    const wrong = await withValue('  cash: ', '!!int 1.5');
    expect(problemsOf(wrong.text)).toEqual([`plan.yaml:${wrong.at} "1.5" is not a value of the tag !!int: remove the tag, or fix the value`]);
  });

  it('says a file\'s lines end in a lone CR, rather than that it is empty, and reads LF and CRLF alike', async () => {
    const template = await templateText();
    const message = 'a line ends in a carriage return alone (CR, as on classic Mac OS): save the file with LF or CRLF line endings';
    const firstLine = template.slice(0, template.indexOf('\n'));
    expect(problemsOf(template.replaceAll('\n', '\r'))).toEqual([`plan.yaml:1:${firstLine.length + 1} ${message}`]);
    expect(problemsOf('version: 1\rname: x\r')).toEqual([`plan.yaml:1:11 ${message}`]);
    // One stray CR in an otherwise LF file is still a line break YAML 1.2 and this reader disagree on.
    expect(problemsOf(template.replace('cac: 9000\n', 'cac: 9000\r'))).toEqual([expect.stringMatching(new RegExp(`^plan\\.yaml:\\d+:12 ${message.replace(/[()]/g, '\\$&')}$`))]);
    expect(planOf(template.replaceAll('\n', '\r\n')).name).toBe(planOf(template).name);
  });

  it('names an alias with no anchor before it, where it is', () => {
    expect(problemsOf('version: 1\nname: *nope\n')).toEqual(['plan.yaml:2:7 the alias *nope names no anchor set before it: add "&nope" to an earlier value, or write the value out']);
    expect(problemsOf('version: 1\nname: *later\ncurrency: &later USD\n')).toEqual([
      'plan.yaml:2:7 the alias *later names no anchor set before it: add "&later" to an earlier value, or write the value out',
    ]);
  });

  it('refuses a list that holds itself as what it is, without looping', async () => {
    const text = (await templateText()).replace(/ {2}trends:\n( {4}- .*\n)+/, '  trends: &loop [*loop]\n');
    const [line, col] = [text.split('\n').indexOf('  trends: &loop [*loop]') + 1, 18];
    expect(problemsOf(text)).toEqual([`plan.yaml:${line}:${col} market.trends[0]: must be text (got a list)`]);
  });
});
