import { describe, expect, it } from 'vitest';
import { checkNumber } from '../../src/core/plan/fields.js';
import { loadPlan } from '../../src/core/plan/load.js';
import { formatProblem } from '../../src/core/plan/problems.js';
import { templateText, templateWith } from '../helpers.js';

const problems = (text: string) => {
  const result = loadPlan(text, 'plan.yaml');
  if (result.ok) throw new Error('expected the plan to be invalid');
  return result.problems.map(formatProblem);
};

/** 1-based line and column of the first occurrence of `needle` in `text`, plus `offset` characters. */
function at(text: string, needle: string, offset = 0): string {
  const index = text.indexOf(needle) + offset;
  const before = text.slice(0, index).split('\n');
  return `${before.length}:${(before.at(-1) as string).length + 1}`;
}

describe('numbers come from the file\'s own digits', () => {
  it('reads 0.1 as exactly one tenth and "3%" as 0.03', async () => {
    const result = loadPlan(await templateWith({ 'revenue_model.arpu_monthly': 0.1 }), 'plan.yaml');
    expect(result.ok && result.value.revenue_model.arpu_monthly.toString()).toBe('0.1');
    expect(result.ok && result.value.revenue_model.churn_monthly.toString()).toBe('0.025');
    expect(result.ok && result.value.revenue_model.arpu_monthly.plus('0.2').toString()).toBe('0.3');
  });

  it('keeps digits a float would lose', async () => {
    const text = (await templateText()).replace('cash: 5000000', 'cash: 123456789012345.6789012');
    const result = loadPlan(text, 'plan.yaml');
    expect(result.ok && result.value.resources.cash.toString()).toBe('123456789012345.6789012');
  });

  it('accepts numeric and percent text, refuses other text', () => {
    const rate = { min: { value: 0, exclusive: true }, max: { value: 1 }, percent: true, description: '' };
    expect(checkNumber('3%', rate)).toEqual({ value: expect.objectContaining({}) });
    expect('value' in checkNumber(' 3.5 % ', rate) && String((checkNumber(' 3.5 % ', rate) as { value: unknown }).value)).toBe('0.035');
    expect(checkNumber('three', rate)).toEqual({
      message: 'must be a fraction like 0.03 or a percent like "3%" (got "three")',
      problem: { kind: 'type', rule: rate, got: '"three"' },
    });
    expect(checkNumber(Number.NaN, rate)).toEqual({
      message: 'must be a fraction like 0.03 or a percent like "3%" (got NaN)',
      problem: { kind: 'type', rule: rate, got: 'NaN' },
    });
    expect(checkNumber('2', rate)).toEqual({
      message: 'must be greater than 0 and at most 1 (got "2"); for 2% write "2%"',
      problem: { kind: 'range', rule: rate, got: '"2"', percentOf: '2' },
    });
  });
});

describe('problems are located at file:line:col with the key and a fix', () => {
  it('reports a value out of range at the value', async () => {
    const text = (await templateText()).replace('churn_monthly: 2.5%', 'churn_monthly: 1.5');
    expect(problems(text)).toEqual([
      `plan.yaml:${at(text, 'churn_monthly: 1.5', 15)} revenue_model.churn_monthly: must be greater than 0 and at most 1 (got 1.5); for 1.5% write "1.5%"`,
    ]);
  });

  it('suggests the nearest key for a typo, at the key', async () => {
    const text = (await templateText()).replace('churn_monthly: 2.5%', 'churn_montly: 2.5%');
    expect(problems(text)).toEqual([
      `plan.yaml:${at(text, 'revenue_model:')} revenue_model.churn_monthly: is required: give a fraction like 0.03 or a percent like "3%"`,
      `plan.yaml:${at(text, 'churn_montly')} revenue_model.churn_montly: unknown key; did you mean "churn_monthly"?`,
    ]);
  });

  it('lists the allowed keys when nothing is close', async () => {
    const text = (await templateText()).replace('growth:\n', 'growth:\n  zzz: 1\n');
    expect(problems(text)).toEqual([
      `plan.yaml:${at(text, 'zzz')} growth.zzz: unknown key; the keys allowed here are: starting_customers, new_customers_monthly, new_customers_growth_monthly, horizon_months`,
    ]);
  });

  it('lists every problem, not just the first, in file order', async () => {
    const text = (await templateText())
      .replace('currency: USD', 'currency: usd')
      .replace('arpu_monthly: 1800', 'arpu_monthly: abc')
      .replace('cac: 9000', 'cac: -5')
      .replace('type: compute', 'type: gpu')
      .replace('horizon_months: 36', 'horizon_months: 300');
    expect(problems(text)).toEqual([
      `plan.yaml:${at(text, 'usd')} currency: must be an ISO 4217 currency code in capitals, such as USD, EUR or CNY (got "usd")`,
      `plan.yaml:${at(text, 'abc')} revenue_model.arpu_monthly: must be a number (got "abc")`,
      `plan.yaml:${at(text, '-5')} revenue_model.cac: must be 0 or more (got -5)`,
      `plan.yaml:${at(text, 'type: gpu', 6)} partners[0].type: must be one of: compute, data, model, channel, technology, customer, investor`,
      `plan.yaml:${at(text, 'horizon_months: 300', 16)} growth.horizon_months: must be a whole number from 1 to 240 (got 300)`,
    ]);
  });

  it('names a missing section', async () => {
    const text = await templateWith({ growth: undefined });
    expect(problems(text)).toEqual(['plan.yaml:1:1 growth: is required: add a "growth:" section']);
  });

  it('checks cross-field rules: the primary segment and the market sizes', async () => {
    const text = (await templateText()).replace('primary_segment: Contact centres', 'primary_segment: Banks').replace('som: 24000000', 'som: 24000000000');
    expect(problems(text)).toEqual([
      `plan.yaml:${at(text, 'tam:')} market.size: must satisfy som <= sam <= tam: the obtainable market sits inside the serviceable one, which sits inside the total`,
      `plan.yaml:${at(text, 'Banks')} target_market.primary_segment: must be one of the segment names: "Contact centres", "Legal and medical documentation", "Developers"`,
    ]);
  });

  it('refuses infinities and wrong types with what was written', async () => {
    const text = (await templateText()).replace('cac: 9000', 'cac: .inf').replace('starting_customers: 40', 'starting_customers: [1]');
    expect(problems(text)).toEqual([
      `plan.yaml:${at(text, '.inf')} revenue_model.cac: must be a number (got Infinity)`,
      `plan.yaml:${at(text, '[1]')} growth.starting_customers: must be a number (got a list)`,
    ]);
  });
});

describe('hostile and malformed files', () => {
  it('reports malformed YAML with its line and column', () => {
    expect(problems('version: 1\nname: [a\n')).toEqual([
      'plan.yaml:3:1 invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports duplicate keys', () => {
    expect(problems('version: 1\nversion: 1\n')).toEqual(['plan.yaml:2:1 invalid YAML: Map keys must be unique']);
  });

  it('refuses an alias bomb before it expands', () => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
      text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
    }
    expect(problems(text)).toEqual(['plan.yaml:1:1 too many aliases (over 64): the file expands far beyond its size; write the values out']);
  });

  it('refuses prototype keys anywhere', () => {
    expect(problems('version: 1\nmarket:\n  __proto__: {polluted: true}\n  constructor: 1\n')).toEqual([
      'plan.yaml:3:3 "__proto__" is not allowed as a key: remove it',
      'plan.yaml:4:3 "constructor" is not allowed as a key: remove it',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an empty file and a file that is not a map', () => {
    expect(problems('')).toEqual(['plan.yaml:1:1 the file is empty: a plan starts with "version: 1"']);
    expect(problems('- a\n')).toEqual(['plan.yaml:1:1 a plan is a map of keys such as "version: 1" and "name: ..." (got a list)']);
  });

  it('refuses another version', async () => {
    const text = (await templateText()).replace('version: 1', 'version: 2');
    expect(problems(text)).toEqual(['plan.yaml:5:10 version: must be 1, the only plan format version so far']);
  });
});

describe('a plan\'s problems in its own language', () => {
  /** The template with some lines replaced: a plan with one of each kind of problem. */
  async function badPlan(language: string | undefined): Promise<string> {
    let text = (await templateText())
      .replace(/^ {2}cac: 9000$/m, '  cac: -3')
      .replace(/^ {2}pricing_model: .*$/m, '  pricing_model: free')
      .replace(/^ {2}horizon_months: 36$/m, '  horizon_mnths: 36')
      .replace(/^ {2}trends:\n(?: {4}- .*\n)+/m, '  trends: none\n');
    text = language === undefined ? text.replace(/^language: en\n/m, '') : text.replace(/^language: en$/m, `language: ${language}`);
    return text;
  }
  const lines = (text: string, options = {}) => {
    const loaded = loadPlan(text, 'plan.yaml', options);
    if (loaded.ok) throw new Error('expected problems');
    return loaded.problems.map(formatProblem);
  };

  it('words a Chinese plan\'s problems in Chinese, behind the same file:line:col key: prefix', async () => {
    const en = lines(await badPlan('en'));
    const zh = lines(await badPlan('zh'));
    expect(zh.map((l) => l.slice(0, l.indexOf(': ') + 2))).toEqual(en.map((l) => l.slice(0, l.indexOf(': ') + 2)));
    const byKey = (all: string[], key: string) => all.find((l) => l.includes(` ${key}: `))?.split(`${key}: `)[1];
    expect(byKey(zh, 'revenue_model.cac')).toBe('必须是不小于 0 的数（当前为 -3）');
    expect(byKey(zh, 'revenue_model.pricing_model')).toBe('必须是以下之一：subscription、usage、seat、license、services、hybrid');
    expect(byKey(zh, 'growth.horizon_mnths')).toBe('未知的键；是不是 "horizon_months"？');
    expect(byKey(zh, 'growth.horizon_months')).toBe('必填：请填写整数');
    expect(byKey(zh, 'market.trends')).toBe('必须是列表（当前为 "none"）');
    expect(byKey(en, 'revenue_model.cac')).toBe('must be 0 or more (got -3)');
  });

  it('falls back to the language it is given (the locale) only when the plan names none', async () => {
    const none = await badPlan(undefined);
    expect(lines(none, { language: 'zh' }).some((l) => l.endsWith('revenue_model.cac: 必须是不小于 0 的数（当前为 -3）'))).toBe(true);
    expect(lines(none).some((l) => l.endsWith('revenue_model.cac: must be 0 or more (got -3)'))).toBe(true);
    expect(lines(await badPlan('en'), { language: 'zh' }).some((l) => l.endsWith('revenue_model.cac: must be 0 or more (got -3)'))).toBe(true);
  });

  it('words a missing section, a short list and a seat-pricing mix-up in Chinese', async () => {
    const text = (await templateText()).replace(/^language: en$/m, 'language: zh');
    const noGrowth = text.replace(/^growth:\n(?: {2}.*\n|\s*#.*\n)+/m, '');
    expect(lines(noGrowth).some((l) => l.endsWith('growth: 必填：请添加 "growth:" 部分'))).toBe(true);
    const seats = text.replace(/^ {2}arpu_monthly: (.*)$/m, '  arpu_monthly: $1\n  seats_per_customer: 3');
    expect(lines(seats).some((l) => l.endsWith('revenue_model.seats_per_customer: 仅用于按席位定价：请设置 pricing_model: seat，或只填写 arpu_monthly'))).toBe(true);
  });
});

describe('a Chinese plan\'s scenario and range problems', () => {
  const problems = async (yaml: string) => {
    const text = `${(await templateText()).replace(/^language: en$/m, 'language: zh')}${yaml}`;
    const loaded = loadPlan(text, 'plan.yaml');
    if (loaded.ok) throw new Error('expected problems');
    return loaded.problems.map((p) => `${p.key}: ${p.message}`);
  };

  it('words each path and range problem in Chinese, at the same key as in English', async () => {
    expect(await problems('scenarios:\n  s:\n    set:\n      revenue_model.chrn_monthly: 1\n')).toEqual([
      'scenarios.s.set.revenue_model.chrn_m…: revenue_model.chrn_monthly：未知的输入项；是不是 revenue_model.churn_monthly？',
    ]);
    expect(await problems('scenarios:\n  s:\n    set:\n      funding[5].month: 1\n')).toEqual(['scenarios.s.set.funding[5].month: funding[5]：funding 只有 1 项（[0]～[0]）；路径只能指向已有的项，或给出整个列表']);
    expect(await problems('scenarios:\n  base:\n    set: {}\n')).toEqual(['scenarios.base: "base" 指计划本身（基准情景）；请给这个情景另起名字']);
    expect(await problems('uncertainty:\n  revenue_model.cac: { low: 10, high: 5 }\n')).toEqual(['uncertainty.revenue_model.cac.high: 不能小于 low（10）']);
    expect(await problems('uncertainty:\n  revenue_model.cac: { low: 10, high: 20 }\n')).toEqual([
      'uncertainty.revenue_model.cac: 计划中的值（9000）必须在 low（10）与 high（20）之间，这是 pert 分布的要求',
    ]);
    expect(await problems('uncertainty:\n  name: { low: 1, high: 2 }\n')).toEqual(['uncertainty.name: name 不是数值：区间只能用于数值输入，如 revenue_model.churn_monthly']);
  });
});

describe('problems with a Chinese plan\'s YAML itself', () => {
  const lines = (text: string, options = {}) => {
    const loaded = loadPlan(text, 'plan.yaml', options);
    if (loaded.ok) throw new Error('expected problems');
    return loaded.problems.map(formatProblem);
  };

  it('speak the language the text names, else the one given, keeping the YAML library\'s own words', async () => {
    const broken = (await templateText()).replace(/^language: en$/m, 'language: zh').replace(/^ {2}cac: 9000$/m, '  cac: [9000');
    expect(lines(broken)[0]).toMatch(/^plan\.yaml:\d+:\d+ YAML 格式错误：/);
    expect(lines('language: zh\nname: !secret x\n')).toEqual(['plan.yaml:2:7 计划不支持标签 !secret：请删除；计划只包含文本、数字、true 或 false、列表和键值映射']);
    expect(lines('language: "zh"\n__proto__: 1\n')).toEqual(['plan.yaml:2:1 不能用 "__proto__" 作键：请删除']);
    expect(lines('# nothing yet\n', { language: 'zh' })).toEqual(['plan.yaml:1:1 文件是空的：计划以 "version: 1" 开头']);
    expect(lines('# nothing yet\n')).toEqual(['plan.yaml:1:1 the file is empty: a plan starts with "version: 1"']);
    expect(lines('language: en\nname: *a\n', { language: 'zh' })[0]).toMatch(/^plan\.yaml:2:7 the alias \*a names no anchor/);
  });
});
