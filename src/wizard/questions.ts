import type { UnitKind } from '../core/i18n/report-catalog.js';
import { LEVELS, PARTNER_STATUSES, PARTNER_TYPES, PRICING_MODELS, RISK_CATEGORIES, SERVE_FROM } from '../core/plan/schema.js';

/** A question about one plan key. Paths of list-item fields are relative to the item. */
export type Field =
  | { kind: 'text'; key: string; optional?: boolean }
  /** `seat`: asked only with seat pricing (true) or only without it (false). */
  | { kind: 'number'; key: string; unit: UnitKind; optional?: boolean; seat?: boolean }
  | { kind: 'choice'; key: string; choices: readonly string[] }
  /** Yes or no: yes writes `true`, no leaves the key out. */
  | { kind: 'flag'; key: string };

/**
 * A list whose items take one of two shapes (a one-off or a recurring cost): after the
 * fields every item has, the wizard asks which shape, then only that shape's fields.
 */
export interface ItemShapes {
  /** The message key of the question "which shape?". */
  ask: string;
  shapes: ReadonlyArray<{ id: string; fields: readonly string[] }>;
}

export type Question =
  | (Field & { path: readonly string[] })
  | {
      kind: 'list';
      path: readonly string[];
      item: 'text' | readonly Field[];
      min?: number;
      shapes?: ItemShapes;
      /** The fields a rule over the whole list judges (shares adding up): when it fails, only these are asked again. */
      together?: readonly string[];
    }
  /** A map asked after a yes or no; `requires`: asked only when the draft has that path (self-hosting needs inference). */
  | { kind: 'group'; path: readonly string[]; fields: readonly Field[]; optional: boolean; requires?: readonly string[] }
  | { kind: 'inference'; path: readonly string[]; fields: readonly Field[] }
  | { kind: 'primary-segment'; path: readonly string[] }
  /** The downside scenario from three quick answers (how much slower growth, higher churn, pricier tokens): one entry of `scenarios:`. */
  | { kind: 'downside'; path: readonly string[] };

export interface Section {
  id: 'venture' | 'market' | 'value' | 'target' | 'revenue' | 'resources' | 'partners' | 'growth' | 'risks' | 'checks' | 'whatif';
  /** 1..6 for the six design steps; the others are not numbered. */
  step?: number;
  /** The top-level plan key the section fills, which a written plan heads with the section's title. */
  key?: string;
  questions: readonly Question[];
}

const text = (key: string, optional = false): Field => ({ kind: 'text', key, optional });
const num = (key: string, unit: UnitKind, optional = false): Field => ({ kind: 'number', key, unit, optional });
const choice = (key: string, choices: readonly string[]): Field => ({ kind: 'choice', key, choices });
const at = (path: string[], field: Field): Question => ({ ...field, path: [...path, field.key] });

/**
 * The wizard, in the order the article designs a business model: the six steps,
 * then growth, risks, CI thresholds and a downside scenario. Every answer lands on the plan key named here,
 * and is checked by that key's own schema.
 */
export const SECTIONS: readonly Section[] = [
  { id: 'venture', questions: [at([], text('name')), at([], text('currency')), at([], choice('language', ['en', 'zh']))] },
  {
    id: 'market',
    key: 'market',
    step: 1,
    questions: [
      at(['market'], text('problem')),
      { kind: 'list', path: ['market', 'trends'], item: 'text' },
      { kind: 'group', path: ['market', 'size'], optional: true, fields: [num('tam', 'moneyPerYear'), num('sam', 'moneyPerYear'), num('som', 'moneyPerYear')] },
      {
        kind: 'list',
        path: ['market', 'competitors'],
        item: [text('name'), text('offering', true), text('pricing', true), text('strengths', true), text('weaknesses', true)],
      },
      { kind: 'list', path: ['market', 'sources'], item: 'text' },
    ],
  },
  {
    id: 'value',
    key: 'value_proposition',
    step: 2,
    questions: [
      at(['value_proposition'], text('core_value')),
      at(['value_proposition'], text('customer_problem')),
      at(['value_proposition'], text('solution')),
      { kind: 'list', path: ['value_proposition', 'differentiators'], item: 'text' },
      { kind: 'list', path: ['value_proposition', 'proof'], item: 'text' },
    ],
  },
  {
    id: 'target',
    key: 'target_market',
    step: 3,
    questions: [
      { kind: 'list', path: ['target_market', 'segments'], item: [text('name'), text('description', true), num('customers', 'customers', true), text('needs', true)], min: 1 },
      { kind: 'primary-segment', path: ['target_market', 'primary_segment'] },
      at(['target_market'], text('persona')),
      at(['target_market'], text('positioning')),
    ],
  },
  {
    id: 'revenue',
    key: 'revenue_model',
    step: 4,
    questions: [
      at(['revenue_model'], choice('pricing_model', PRICING_MODELS)),
      { kind: 'list', path: ['revenue_model', 'streams'], item: [text('name'), text('description', true), num('share', 'share', true)] },
      // Seat pricing asks seats and a seat's price, and writes arpu_monthly as their product.
      at(['revenue_model'], { kind: 'number', key: 'seats_per_customer', unit: 'seatsPerCustomer', seat: true }),
      at(['revenue_model'], { kind: 'number', key: 'price_per_seat_monthly', unit: 'moneyPerSeatMonth', seat: true }),
      at(['revenue_model'], { kind: 'number', key: 'arpu_monthly', unit: 'moneyPerCustomerMonth', seat: false }),
      at(['revenue_model'], num('variable_cost_per_customer_monthly', 'moneyPerCustomerMonth')),
      at(['revenue_model'], num('churn_monthly', 'ratePerMonth')),
      at(['revenue_model'], num('cac', 'moneyPerNewCustomer')),
      at(['revenue_model'], num('discount_rate_annual', 'ratePerYear', true)),
      {
        kind: 'inference',
        path: ['revenue_model', 'inference'],
        fields: [
          num('requests_per_customer_monthly', 'requestsPerCustomerMonth'),
          num('input_tokens_per_request', 'tokensPerRequest'),
          num('output_tokens_per_request', 'tokensPerRequest'),
          num('input_price_per_million', 'moneyPerMillionTokens'),
          num('output_price_per_million', 'moneyPerMillionTokens'),
          num('cached_input_share', 'share', true),
          num('cached_input_price_per_million', 'moneyPerMillionTokens', true),
          num('overhead_multiplier', 'multiplier', true),
          num('price_change_yearly', 'ratePerYear', true),
        ],
      },
      // Compute beyond the API's price list: each opens with a yes or no, so a quick run stays quick.
      {
        kind: 'group',
        path: ['compute', 'self_hosting'],
        optional: true,
        requires: ['revenue_model', 'inference'],
        fields: [
          num('gpu_hourly_price', 'moneyPerGpuHour'),
          num('input_tokens_per_second_per_gpu', 'tokensPerSecond'),
          num('output_tokens_per_second_per_gpu', 'tokensPerSecond'),
          num('utilization', 'share'),
          num('min_gpus', 'gpus', true),
          num('ops_cost_monthly', 'moneyPerMonth', true),
          choice('serve_from', SERVE_FROM),
        ],
      },
      {
        kind: 'list',
        path: ['compute', 'training_runs'],
        item: [
          text('what'),
          num('month', 'month'),
          num('gpu_hours', 'gpuHours'),
          num('parameters', 'parameters'),
          num('tokens', 'tokens'),
          num('gpu_peak_tflops', 'tflops'),
          num('mfu', 'share'),
          num('gpu_hourly_price', 'moneyPerGpuHour', true),
        ],
        shapes: {
          ask: 'compute.training_runs.shape',
          shapes: [
            { id: 'gpu-hours', fields: ['gpu_hours'] },
            { id: 'flops', fields: ['parameters', 'tokens', 'gpu_peak_tflops', 'mfu'] },
          ],
        },
      },
    ],
  },
  {
    id: 'resources',
    key: 'resources',
    step: 5,
    questions: [
      { kind: 'list', path: ['resources', 'team'], item: [text('role'), num('count', 'people'), num('monthly_cost', 'moneyPerMonth', true)] },
      at(['resources'], num('compute_budget_monthly', 'moneyPerMonth', true)),
      { kind: 'list', path: ['resources', 'allocation'], item: [text('area'), num('share', 'share')], together: ['share'] },
      at(['resources'], num('cash', 'money')),
      at(['resources'], num('fixed_costs_monthly', 'moneyPerMonth')),
      // Plans that move over time: each list opens with a yes/no, so a quick run stays quick.
      {
        kind: 'list',
        path: ['resources', 'hires'],
        item: [text('role'), num('count', 'people'), num('monthly_cost', 'moneyPerMonth'), num('start_month', 'month')],
      },
      {
        kind: 'list',
        path: ['resources', 'planned_costs'],
        item: [
          text('what'),
          num('month', 'month'),
          num('amount', 'money'),
          num('from_month', 'month'),
          num('monthly', 'moneyPerMonth'),
          num('to_month', 'month', true),
        ],
        shapes: {
          ask: 'resources.planned_costs.shape',
          shapes: [
            { id: 'one-off', fields: ['month', 'amount'] },
            { id: 'recurring', fields: ['from_month', 'monthly', 'to_month'] },
          ],
        },
      },
      { kind: 'list', path: ['funding'], item: [text('round'), num('month', 'month'), num('amount', 'money')] },
    ],
  },
  {
    id: 'partners',
    key: 'partners',
    step: 6,
    questions: [{ kind: 'list', path: ['partners'], item: [text('name'), choice('type', PARTNER_TYPES), text('brings'), choice('status', PARTNER_STATUSES)] }],
  },
  {
    id: 'growth',
    key: 'growth',
    questions: [
      at(['growth'], num('starting_customers', 'customers')),
      at(['growth'], num('new_customers_monthly', 'customersPerMonth')),
      at(['growth'], num('new_customers_growth_monthly', 'ratePerMonth')),
      at(['growth'], num('horizon_months', 'months')),
    ],
  },
  {
    id: 'risks',
    key: 'risks',
    questions: [
      {
        kind: 'list',
        path: ['risks'],
        item: [text('risk'), choice('category', RISK_CATEGORIES), choice('likelihood', LEVELS), choice('impact', LEVELS), text('mitigation')],
      },
    ],
  },
  {
    id: 'checks',
    key: 'checks',
    questions: [
      at(['checks'], num('ltv_to_cac_min', 'ratio', true)),
      at(['checks'], num('cac_payback_months_max', 'months', true)),
      at(['checks'], num('break_even_month_max', 'months', true)),
      at(['checks'], num('runway_months_min', 'months', true)),
      at(['checks'], num('gross_margin_min', 'share', true)),
      at(['checks'], num('funding_gap_max', 'money', true)),
      at(['checks'], num('burn_multiple_max', 'ratio', true)),
      at(['checks'], { kind: 'flag', key: 'require_default_alive' }),
    ],
  },
  // Last, once every figure is known: the downside is the plan with some of them made worse.
  { id: 'whatif', key: 'scenarios', questions: [{ kind: 'downside', path: ['scenarios', 'downside'] }] },
];

/** How many numbered design steps there are: the "6" of "Step 4/6". */
export const DESIGN_STEPS = SECTIONS.filter((s) => s.step !== undefined).length;

/** Rates and shares are shown and typed as percents: "2.5%" reads better than 0.025. */
export const PERCENT_UNITS: ReadonlySet<UnitKind> = new Set(['ratePerMonth', 'ratePerYear', 'share']);

/** The unit of every numeric plan key, by path with list indexes left out: `resources.team.count`. */
export function numberUnits(): Map<string, UnitKind> {
  const units = new Map<string, UnitKind>();
  for (const section of SECTIONS) {
    for (const q of section.questions) {
      if (q.kind === 'number') units.set(q.path.join('.'), q.unit);
      const fields = q.kind === 'list' ? (q.item === 'text' ? [] : q.item) : q.kind === 'group' || q.kind === 'inference' ? q.fields : [];
      for (const f of fields) if (f.kind === 'number') units.set(`${q.path.join('.')}.${f.key}`, f.unit);
    }
  }
  return units;
}
