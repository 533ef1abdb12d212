import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { wizardEn } from '../../src/core/i18n/wizard-en.js';
import { wizardZh } from '../../src/core/i18n/wizard-zh.js';
import { loadPlan } from '../../src/core/plan/load.js';
import { planSchema } from '../../src/core/plan/schema.js';
import { renderPlanYaml } from '../../src/core/plan/write-plan.js';
import { displayValue } from '../../src/wizard/draft.js';
import { numberUnits, SECTIONS } from '../../src/wizard/questions.js';
import { validateAnswer } from '../../src/wizard/validate.js';
import { problemZh } from '../../src/core/i18n/problems-zh.js';
import { templateText } from '../helpers.js';
import { parseYaml } from '../../src/core/plan/load.js';

/** Every key the wizard asks about, lists' fields joined to the list's path. */
function askedKeys(): string[] {
  const keys: string[] = [];
  for (const section of SECTIONS) {
    for (const q of section.questions) {
      const base = q.path.join('.');
      if (q.kind === 'list' && q.item !== 'text') keys.push(...q.item.map((f) => `${base}.${f.key}`));
      // The downside writes one entry of the scenarios map, whose keys (scenario names) the author chooses.
      else if (q.kind === 'downside') keys.push(q.path[0] ?? '');
      else if (q.kind === 'group' || q.kind === 'inference') keys.push(...q.fields.map((f) => `${base}.${f.key}`));
      else keys.push(base);
    }
  }
  return keys;
}

/** Every leaf key of the plan schema, from its JSON Schema view. */
function schemaLeaves(node: Record<string, unknown>, prefix = ''): string[] {
  const props = (node.properties ?? (node.items as Record<string, unknown> | undefined)?.properties) as Record<string, Record<string, unknown>> | undefined;
  if (!props) return [prefix];
  return Object.entries(props).flatMap(([k, v]) => schemaLeaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('the wizard\'s questions', () => {
  it('ask about every key of the plan schema but the ones bizplan writes itself', async () => {
    const { planJsonSchema } = await import('../../src/core/plan/json-schema.js');
    // uncertainty is left to the plan's author on purpose: the tornado needs no range (an input
    // without one moves by --swing either way), and a range is a judgement about one input's
    // evidence, not a quick answer; the wizard's what-if question is the downside scenario. The
    // simulation's settings and its cash-out check need ranges, so they go with them.
    const byAuthor = ['uncertainty', 'simulation.runs', 'simulation.seed', 'checks.cash_out_probability_max'];
    const leaves = schemaLeaves(planJsonSchema()).filter((k) => !['version', 'metrics', ...byAuthor].includes(k) && !k.startsWith('milestones'));
    expect(askedKeys().sort()).toEqual(leaves.sort());
  });

  it('follow the six design steps in the article\'s order', () => {
    expect(SECTIONS.filter((s) => s.step).map((s) => [s.step, s.id])).toEqual([
      [1, 'market'],
      [2, 'value'],
      [3, 'target'],
      [4, 'revenue'],
      [5, 'resources'],
      [6, 'partners'],
    ]);
  });

  it('have words in both languages for every question, list and section', () => {
    for (const catalog of [wizardEn, wizardZh]) {
      for (const key of askedKeys()) expect(catalog.questions[key], key).toBeTruthy();
      for (const key of ['slower_growth', 'higher_churn', 'pricier_tokens']) expect(catalog.questions[`scenarios.downside.${key}`], key).toBeTruthy();
      for (const section of SECTIONS) {
        for (const q of section.questions) if (q.kind === 'list') expect(catalog.items[q.path.join('.')], q.path.join('.')).toBeTruthy();
      }
    }
  });

  it('give every numeric key a unit', () => {
    const units = numberUnits();
    expect(units.get('revenue_model.arpu_monthly')).toBe('moneyPerCustomerMonth');
    expect(units.get('revenue_model.inference.output_price_per_million')).toBe('moneyPerMillionTokens');
    expect(units.get('resources.team.count')).toBe('people');
    expect(units.get('growth.new_customers_growth_monthly')).toBe('ratePerMonth');
  });
});

describe('validating an answer with the plan schema', () => {
  it('accepts what calc accepts, and says what is wrong otherwise', () => {
    expect(validateAnswer(['revenue_model', 'arpu_monthly'], '1800')).toBe(true);
    expect(validateAnswer(['revenue_model', 'arpu_monthly'], 'lots')).toBe('must be a number (got "lots")');
    expect(validateAnswer(['revenue_model', 'arpu_monthly'], '0')).toBe('must be greater than 0 (got "0")');
    expect(validateAnswer(['revenue_model', 'churn_monthly'], '3%')).toBe(true);
    expect(validateAnswer(['revenue_model', 'churn_monthly'], '150%')).toBe('must be greater than 0 and at most 1 (got "150%")');
    expect(validateAnswer(['growth', 'horizon_months'], '36.5')).toBe('must be a whole number from 1 to 240 (got "36.5")');
    expect(validateAnswer(['currency'], 'usd')).toBe('must be an ISO 4217 currency code in capitals, such as USD, EUR or CNY (got "usd")');
    expect(validateAnswer(['market', 'problem'], '   ')).toBe('must not be empty');
  });

  it('lets an optional key be left empty, and checks list items by their own schema', () => {
    expect(validateAnswer(['revenue_model', 'discount_rate_annual'], '', true)).toBe(true);
    expect(validateAnswer(['revenue_model', 'discount_rate_annual'], '-1%', true)).toBe('must be 0 or more (got "-1%")');
    expect(validateAnswer(['resources', 'team', 0, 'count'], '-2')).toBe('must be 0 or more (got "-2")');
    expect(validateAnswer(['market', 'competitors', 3, 'name'], 'Acme')).toBe(true);
  });
});

describe('the wizard\'s messages in Chinese', () => {
  it('word the schema\'s own problems from the data each issue carries', () => {
    const zh = (path: Array<string | number>, input: string, optional = false) => validateAnswer(path, input, optional, problemZh);
    expect(zh(['revenue_model', 'churn_monthly'], '150%')).toBe('必须是大于 0 且不大于 1 的数（当前为 "150%"）');
    expect(zh(['revenue_model', 'churn_monthly'], '1.5')).toBe('必须是大于 0 且不大于 1 的数（当前为 "1.5"）；1.5% 请写作 "1.5%"');
    expect(zh(['revenue_model', 'arpu_monthly'], '很多')).toBe('必须是数字（当前为 "很多"）');
    expect(zh(['growth', 'horizon_months'], '300')).toBe('必须是 1 到 240 之间的整数（当前为 "300"）');
    expect(zh(['currency'], 'rmb')).toBe('必须是大写的 ISO 4217 货币代码，如 CNY、USD、EUR（当前为 "rmb"）');
    expect(zh(['market', 'problem'], '')).toBe('不能为空');
    expect(zh(['revenue_model', 'discount_rate_annual'], '', true)).toBe(true);
  });
});

describe('offering a value for editing', () => {
  it('shows rates as percents and numbers with their exact digits', () => {
    expect(displayValue(new Dec('0.025'), true)).toBe('2.5%');
    expect(displayValue('0.025', true)).toBe('2.5%');
    expect(displayValue('2.5%', true)).toBe('2.5%');
    expect(displayValue(new Dec('12345678901234567.89'), false)).toBe('12345678901234567.89');
    expect(displayValue(undefined, false)).toBe('');
  });
});

describe('writing a plan from answers', () => {
  it('round-trips the template: the written plan loads to the same figures', async () => {
    const source = await templateText();
    const raw = parseYaml(source, 't.yaml');
    if (!raw.ok) throw new Error('template does not parse');
    const text = renderPlanYaml(raw.value as Record<string, unknown>, { header: [' head'], section: (k) => (k === 'market' ? ' Step 1' : undefined), numberNote: (k) => `note ${k}` });
    const written = loadPlan(text, 'w.yaml');
    const original = loadPlan(source, 't.yaml');
    expect(written.ok && original.ok).toBe(true);
    if (!written.ok || !original.ok) return;
    expect(JSON.stringify(planSchema.parse(written.value))).toBe(JSON.stringify(planSchema.parse(original.value)));
    expect(text.startsWith('# head\n\nversion: 1\n')).toBe(true);
    expect(text).toContain('\n\n# Step 1\nmarket:\n');
    expect(text).toContain('  arpu_monthly: 1800 # note revenue_model.arpu_monthly\n');
    expect(text).toContain('  churn_monthly: 2.5% # note revenue_model.churn_monthly\n');
  });

  it('keeps digits a float would lose, as quoted text the plan still reads exactly', () => {
    const text = renderPlanYaml({ resources: { cash: '12345678901234567.89', fixed_costs_monthly: '0.10' } }, { header: [], section: () => undefined, numberNote: () => undefined });
    expect(text).toBe('resources:\n  cash: "12345678901234567.89"\n  fixed_costs_monthly: "0.10"\n');
  });

  it('word a planned cost of the wrong shape, or one that ends before it starts, in Chinese too', async () => {
    const { schemaAt } = await import('../../src/core/plan/schema-walk.js');
    const costs = schemaAt(planSchema, ['resources', 'planned_costs']);
    const zh = (items: unknown[]) => {
      const result = costs?.safeParse(items);
      const issue = result && !result.success ? result.error.issues[0] : undefined;
      if (!issue) throw new Error('expected a problem');
      return problemZh({ code: issue.code, message: issue.message, params: 'params' in issue ? issue.params : undefined });
    };
    expect(zh([{ what: 'Office', from_month: '9', monthly: '1', to_month: '3' }])).toBe('必须不早于 from_month：最后一个月也计入');
    expect(zh([{ what: 'Office', month: '9', monthly: '1' }])).toMatch(/^混用了一次性支出与每月支出的字段：一次性支出填写 "what"、"month" 和 "amount"/);
    expect(zh([{ what: 'Office' }])).toMatch(/^没有月份或金额：/);
  });
});
