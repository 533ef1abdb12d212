import * as z from 'zod';
import { isDecimal } from '../decimal.js';
import { tagFast } from './fast-tags.js';
import { count, money, numberField, planMap, planRecord, rate, showInput, text, textList, wholeNumber } from './fields.js';
import { RUNS_RULE, SEED_RULE } from './simulation-settings.js';
import { DISTRIBUTIONS, whatIfIssues } from './what-if-rules.js';
import {
  FLOPS_RUN_KEYS,
  GPU_HOURS_RUN_KEYS,
  isCurrencyCode,
  marketSizesNest,
  ONE_OFF_COST_KEYS,
  primaryIsASegment,
  RECURRING_COST_KEYS,
  seatPricingHolds,
  sharesWithinWhole,
  withSeatArpu,
} from './plan-rules.js';

/**
 * The plan file's one source of truth. Its key names are a public interface:
 * people edit them by hand and scripts read them, so they never change meaning.
 */

export const PRICING_MODELS = ['subscription', 'usage', 'seat', 'license', 'services', 'hybrid'] as const;
export const PARTNER_TYPES = ['compute', 'data', 'model', 'channel', 'technology', 'customer', 'investor'] as const;
export const PARTNER_STATUSES = ['idea', 'contacted', 'negotiating', 'signed', 'active'] as const;
export const RISK_CATEGORIES = ['technical', 'data privacy', 'generalization', 'market', 'competition', 'regulation'] as const;
export const LEVELS = ['low', 'medium', 'high'] as const;
export const LANGUAGES = ['en', 'zh'] as const;

const choice = <T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z.enum(values, { error: () => `must be one of: ${values.join(', ')}` }).meta({ description });

const share = (description: string) => rate(description, { value: 0 }, { value: 1 });

const currencyCode = tagFast(
  z
    .string()
    .refine(isCurrencyCode, {
      error: (issue) => `must be an ISO 4217 currency code in capitals, such as USD, EUR or CNY (got ${showInput(issue.input)})`,
      params: { currency: true },
    })
    .meta({ type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code of every money figure, e.g. USD' }),
  { kind: 'rules', names: ['isCurrencyCode'] },
);

const competitor = planMap({
  name: text('Competitor or substitute'),
  offering: text('What they sell').optional(),
  pricing: text('How they charge').optional(),
  strengths: text('Where they win').optional(),
  weaknesses: text('Where they fall short').optional(),
});

const marketSize = planMap({
  tam: money('Total addressable market, per year'),
  sam: money('Serviceable addressable market, per year'),
  som: money('Serviceable obtainable market, per year'),
});

export const marketSchema = planMap({
  problem: text('The problem worth solving, in one or two sentences'),
  trends: textList('Trends that make now the time').default([]),
  size: tagFast(
    marketSize.refine(marketSizesNest, {
      error: 'must satisfy som <= sam <= tam: the obtainable market sits inside the serviceable one, which sits inside the total',
    }),
    { kind: 'rules', names: ['marketSizesNest'] },
  ).optional(),
  competitors: z.array(competitor).default([]),
  sources: textList('Where the market figures come from').default([]),
});

export const valuePropositionSchema = planMap({
  core_value: text('The value in one sentence'),
  customer_problem: text('The customer pain it removes'),
  solution: text('How the product removes it'),
  differentiators: textList('Why customers choose this over the alternatives').default([]),
  proof: textList('Evidence: pilots, benchmarks, letters of intent').default([]),
});

const segment = planMap({
  name: text('Segment name'),
  description: text('Who is in it').optional(),
  customers: count('How many potential customers it holds').optional(),
  needs: text('What they need most').optional(),
});

export const targetMarketSchema = tagFast(
  planMap({
      segments: z.array(segment).min(1, 'must list at least one segment'),
      primary_segment: text('The segment served first; one of the segment names'),
      persona: text('The buyer or user the product is designed for'),
      positioning: text('For [who], [product] is the [category] that [benefit], unlike [alternative]'),
    })
    .superRefine((t, ctx) => {
      if (!primaryIsASegment(t)) {
        ctx.addIssue({
          code: 'custom',
          path: ['primary_segment'],
          message: `must be one of the segment names: ${t.segments.map((s) => JSON.stringify(s.name)).join(', ')}`,
          params: { segmentNames: t.segments.map((s) => s.name) },
        });
      }
    }),
  { kind: 'rules', names: ['primaryIsASegment'] },
);

export const inferenceSchema = planMap({
  requests_per_customer_monthly: count('Model requests one customer makes a month'),
  input_tokens_per_request: count('Input (prompt) tokens per request'),
  output_tokens_per_request: count('Output (completion) tokens per request'),
  input_price_per_million: money('Price of one million input tokens'),
  output_price_per_million: money('Price of one million output tokens'),
  cached_input_share: share('Share of input tokens served from the prompt cache; 0 to 1').optional(),
  cached_input_price_per_million: money('Price of one million cached input tokens').optional(),
  overhead_multiplier: numberField({
    min: { value: 0 },
    description: 'Multiplier for retries, fallbacks and evaluation traffic; 1.5-3 is common',
  }).optional(),
  // Above 1000% a year, prices multiply past every figure within a horizon: a typo, not a plan.
  price_change_yearly: rate('Yearly change of the token prices above, e.g. "-30%"; they change once a year; at most 1000%', { value: -1, exclusive: true }, { value: 10 }).optional(),
});

const revenueStream = planMap({
  name: text('Revenue stream'),
  description: text('What is sold and how').optional(),
  share: share('Share of revenue; 0 to 1 or a percent').optional(),
});

/** FORMULAS.md "Seat pricing": the two keys that may give arpu_monthly as seats x price. */
export const SEAT_KEYS = ['seats_per_customer', 'price_per_seat_monthly'] as const;

export const revenueModelSchema = tagFast(
  tagFast(
    planMap({
      pricing_model: choice(PRICING_MODELS, 'How customers pay'),
      streams: z.array(revenueStream).default([]),
      arpu_monthly: money('Average revenue per customer per month; with seat pricing, may be left out for seats_per_customer x price_per_seat_monthly', { positive: true }).optional(),
      seats_per_customer: numberField({ min: { value: 0, exclusive: true }, description: 'Seat pricing: average seats one customer pays for' }).optional(),
      price_per_seat_monthly: money('Seat pricing: price of one seat per month', { positive: true }).optional(),
      variable_cost_per_customer_monthly: money(
        'Cost to serve one customer a month, excluding AI inference: support, hosting, payment fees',
      ),
      churn_monthly: rate('Share of customers lost per month, e.g. 0.03 or "3%"', { value: 0, exclusive: true }, { value: 1 }),
      cac: money('Cost to acquire one new customer'),
      discount_rate_annual: rate('Yearly discount rate for the discounted LTV, e.g. "10%"', { value: 0 }).optional(),
      inference: inferenceSchema.optional(),
    })
      .meta({ anyOf: [{ required: ['arpu_monthly'] }, { required: [...SEAT_KEYS] }] })
      .superRefine((m, ctx) => {
        // Exactly when the rule the fast validator runs fails; the messages say which way.
        if (seatPricingHolds(m)) return;
        const given = SEAT_KEYS.filter((k) => m[k] !== undefined);
        if (given.length > 0 && m.pricing_model !== 'seat') {
          for (const key of given) ctx.addIssue({ code: 'custom', path: [key], message: `is for seat pricing only: set pricing_model: seat, or give arpu_monthly alone`, params: { seat: 'not-seat' } });
          return;
        }
        if (given.length === 1) {
          const missing = SEAT_KEYS.find((k) => m[k] === undefined) as string;
          ctx.addIssue({ code: 'custom', path: [missing], message: `is required with ${given[0] as string}: arpu_monthly = seats_per_customer x price_per_seat_monthly`, params: { seat: 'pair' } });
          return;
        }
        const seats = m.seats_per_customer;
        const price = m.price_per_seat_monthly;
        if (m.arpu_monthly === undefined) {
          if (seats === undefined || price === undefined) {
            const orSeats = m.pricing_model === 'seat' ? ', or seats_per_customer and price_per_seat_monthly' : '';
            ctx.addIssue({ code: 'custom', path: ['arpu_monthly'], message: `is required: add "arpu_monthly: ..."${orSeats}`, params: { seat: 'arpu' } });
          }
          return;
        }
        if (seats !== undefined && price !== undefined && !seats.mul(price).eq(m.arpu_monthly)) {
          ctx.addIssue({
            code: 'custom',
            path: ['arpu_monthly'],
            message: `is ${m.arpu_monthly.toString()}, but seats_per_customer x price_per_seat_monthly is ${seats.mul(price).toString()}: give the same figure, or leave arpu_monthly out`,
            params: { seat: 'disagree' },
          });
        }
      }),
    { kind: 'rules', names: ['seatPricingHolds'] },
  )
    // Seats or not, the model reads one figure: the average revenue per customer.
    .transform(withSeatArpu),
  { kind: 'derive', name: 'withSeatArpu' },
);

const teamMember = planMap({
  role: text('Role'),
  count: count('Head count'),
  monthly_cost: money('Monthly cost of each person, fully loaded').optional(),
});

const allocation = planMap({
  area: text('Where the money goes: research, compute, go-to-market...'),
  share: share('Share of spending; 0 to 1 or a percent'),
});

const hire = planMap({
  role: text('Role hired'),
  count: numberField({ min: { value: 1 }, integer: true, description: 'How many people in this role; a whole number, 1 or more' }),
  monthly_cost: money('Monthly cost of each person, fully loaded'),
  start_month: wholeNumber('Month of the projection they start; they cost from then on', 1, 240),
});

export { ONE_OFF_COST_KEYS, RECURRING_COST_KEYS } from './plan-rules.js';
export const PLANNED_COST_SHAPES =
  'a one-off cost takes "what", "month" and "amount"; a recurring one takes "what", "from_month", "monthly" and optionally "to_month"';

const has = (item: Record<string, unknown>, keys: readonly string[]) => keys.filter((k) => item[k] !== undefined);

/**
 * A one-off or a recurring cost. One map with every key optional, and the shape judged
 * after, so a mistake gets one message naming both shapes (a zod union would report
 * each branch's complaints) and an unknown key still gets "did you mean".
 */
// The fast validator checks the same with plannedCostWellShaped (plan-rules.ts), held to this by a property test.
const plannedCost = tagFast(
  planMap({
      what: text('What the money is for: a training run, an office, a conference'),
      month: wholeNumber('One-off: the month it is paid', 1, 240).optional(),
      amount: money('One-off: how much').optional(),
      from_month: wholeNumber('Recurring: the first month it is paid', 1, 240).optional(),
      monthly: money('Recurring: how much a month').optional(),
      to_month: wholeNumber('Recurring: the last month it is paid (default: the horizon)', 1, 240).optional(),
    })
    .superRefine((item, ctx) => {
      const oneOff = has(item, ONE_OFF_COST_KEYS);
      const recurring = has(item, RECURRING_COST_KEYS);
      if (oneOff.length > 0 && recurring.length > 0) {
        ctx.addIssue({ code: 'custom', path: [], message: `mixes a one-off cost (${oneOff.join(', ')}) with a recurring one (${recurring.join(', ')}): ${PLANNED_COST_SHAPES}`, params: { plannedCost: 'mixed' } });
        return;
      }
      if (oneOff.length === 0 && recurring.length === 0) {
        ctx.addIssue({ code: 'custom', path: [], message: `has no month or amount: ${PLANNED_COST_SHAPES}`, params: { plannedCost: 'neither' } });
        return;
      }
      const required = oneOff.length > 0 ? ONE_OFF_COST_KEYS : (['from_month', 'monthly'] as const);
      for (const key of required) {
        if (item[key] === undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: `is required: ${PLANNED_COST_SHAPES}`, params: { plannedCost: 'missing' } });
        }
      }
      if (item.from_month && item.to_month && item.to_month.lt(item.from_month)) {
        ctx.addIssue({ code: 'custom', path: ['to_month'], message: `must be at or after from_month (${item.from_month.toString()}); the last month is included`, params: { plannedCost: 'order' } });
      }
    })
    .meta({
      oneOf: [
        { required: ['what', ...ONE_OFF_COST_KEYS], not: { anyOf: RECURRING_COST_KEYS.map((k) => ({ required: [k] })) } },
        { required: ['what', 'from_month', 'monthly'], not: { anyOf: ONE_OFF_COST_KEYS.map((k) => ({ required: [k] })) } },
      ],
      description: `A planned cost: ${PLANNED_COST_SHAPES}`,
    }),
  { kind: 'rules', names: ['plannedCostWellShaped'] },
);

export const resourcesSchema = planMap({
  team: z.array(teamMember).default([]),
  compute_budget_monthly: money('Monthly budget for training and baseline compute').optional(),
  allocation: tagFast(
    z
      .array(allocation)
      .default([])
      .refine(sharesWithinWhole, {
        error: 'shares must add up to at most 1 (100%); lower some of them',
      }),
    { kind: 'rules', names: ['sharesWithinWhole'] },
  ),
  cash: money('Cash in the bank at month 0'),
  fixed_costs_monthly: money('Team, rent, baseline compute: costs that do not move with customers'),
  hires: z.array(hire).default([]),
  planned_costs: z.array(plannedCost).default([]),
});

const fundingRound = planMap({
  round: text('The round: seed, Series A, a grant, a loan'),
  month: wholeNumber('Month of the projection the money arrives', 1, 240),
  amount: money('How much is raised', { positive: true }),
});

export const SERVE_FROM = ['api', 'self_hosted'] as const;

const positive = (description: string) => numberField({ min: { value: 0, exclusive: true }, description });

const selfHosting = planMap({
  gpu_hourly_price: money('Price of one GPU-hour', { positive: true }),
  input_tokens_per_second_per_gpu: positive('Prefill throughput of one GPU, input tokens a second'),
  output_tokens_per_second_per_gpu: positive('Decode throughput of one GPU, batched, output tokens a second'),
  utilization: rate('Share of paid GPU time that does useful work, e.g. "60%"', { value: 0, exclusive: true }, { value: 1 }),
  min_gpus: numberField({ min: { value: 0 }, integer: true, description: 'GPUs kept running whatever the load; a whole number (default 1)' }).optional(),
  ops_cost_monthly: money('People and tooling to run the GPUs, a month (default 0)').optional(),
  serve_from: choice(SERVE_FROM, 'Which cost the projection and unit economics use: api (default) or self_hosted').default('api'),
});

export { FLOPS_RUN_KEYS, GPU_HOURS_RUN_KEYS } from './plan-rules.js';
export const TRAINING_RUN_SHAPES =
  'a training run takes "what", "month" and either "gpu_hours", or "parameters", "tokens", "gpu_peak_tflops" and "mfu"';

/**
 * A training or fine-tuning run, sized in GPU-hours or by the 6·P·D rule; judged after, like a
 * planned cost. The fast validator checks the same with trainingRunWellSized (plan-rules.ts).
 */
const trainingRun = tagFast(planMap({
  what: text('What the run trains: a base model, a fine-tune'),
  month: wholeNumber('Month of the projection the run is paid', 1, 240),
  gpu_hours: positive('GPU-hours the run takes').optional(),
  parameters: positive('Model parameters, e.g. 7e9').optional(),
  tokens: positive('Training tokens, e.g. 2e12').optional(),
  gpu_peak_tflops: positive('Peak dense TFLOPS of one GPU at the training precision').optional(),
  mfu: rate('Model FLOPs utilization: share of peak the run achieves, e.g. "40%"', { value: 0, exclusive: true }, { value: 1 }).optional(),
  gpu_hourly_price: money('Price of one GPU-hour for this run (default: compute.self_hosting.gpu_hourly_price)', { positive: true }).optional(),
})
  .superRefine((run, ctx) => {
    const byHours = has(run, GPU_HOURS_RUN_KEYS);
    const byFlops = has(run, FLOPS_RUN_KEYS);
    if (byHours.length > 0 && byFlops.length > 0) {
      ctx.addIssue({ code: 'custom', path: [], message: `gives both gpu_hours and ${byFlops.join(', ')}: ${TRAINING_RUN_SHAPES}`, params: { trainingRun: 'mixed' } });
      return;
    }
    if (byHours.length === 0 && byFlops.length === 0) {
      ctx.addIssue({ code: 'custom', path: [], message: `has no size: ${TRAINING_RUN_SHAPES}`, params: { trainingRun: 'neither' } });
      return;
    }
    if (byFlops.length > 0) {
      for (const key of FLOPS_RUN_KEYS) {
        if (run[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `is required: ${TRAINING_RUN_SHAPES}`, params: { trainingRun: 'missing' } });
      }
    }
  })
  .meta({
    oneOf: [
      { required: ['what', 'month', ...GPU_HOURS_RUN_KEYS], not: { anyOf: FLOPS_RUN_KEYS.map((k) => ({ required: [k] })) } },
      { required: ['what', 'month', ...FLOPS_RUN_KEYS], not: { anyOf: GPU_HOURS_RUN_KEYS.map((k) => ({ required: [k] })) } },
    ],
    description: `A training run: ${TRAINING_RUN_SHAPES}`,
  }), { kind: 'rules', names: ['trainingRunWellSized'] });

export const computeSchema = planMap({
  self_hosting: selfHosting.optional(),
  training_runs: z.array(trainingRun).default([]),
});

const partner = planMap({
  name: text('Partner'),
  type: choice(PARTNER_TYPES, 'What kind of partner'),
  brings: text('What they bring'),
  status: choice(PARTNER_STATUSES, 'How far the partnership has come').default('idea'),
});

export const growthSchema = planMap({
  starting_customers: count('Customers at month 0'),
  new_customers_monthly: count('New customers won in month 1'),
  // Above 1000% a month, wins multiply past every market within a few years: a typo, not a plan.
  new_customers_growth_monthly: rate('Monthly growth of new-customer wins, e.g. "5%"; at most 1000%', { value: -1, exclusive: true }, { value: 10 }),
  horizon_months: wholeNumber('Months to project', 1, 240),
});

const risk = planMap({
  risk: text('What could go wrong'),
  category: choice(RISK_CATEGORIES, 'Risk area'),
  likelihood: choice(LEVELS, 'How likely'),
  impact: choice(LEVELS, 'How much it would hurt'),
  mitigation: text('What reduces it'),
});

const milestone = planMap({
  month: wholeNumber('Month of the projection it is due', 0, 240),
  goal: text('What is done by then'),
});

export const checksSchema = planMap({
  ltv_to_cac_min: numberField({ min: { value: 0 }, description: 'Fail when LTV:CAC is below this; 3 is the common bar' }).optional(),
  cac_payback_months_max: numberField({ min: { value: 0 }, description: 'Fail when CAC payback takes longer, in months' }).optional(),
  break_even_month_max: wholeNumber('Fail when the projection breaks even later than this month, or never', 1, 240).optional(),
  runway_months_min: wholeNumber('Fail when cash runs out before this many months', 0, 240).optional(),
  gross_margin_min: share('Fail when gross margin is below this, e.g. "50%"').optional(),
  funding_gap_max: money('Fail when more than this must be raised beyond the planned rounds; 0: the rounds must be enough').optional(),
  burn_multiple_max: numberField({ min: { value: 0 }, description: 'Fail when the first year\'s burn multiple is above this; under 1.5 is good (David Sacks)' }).optional(),
  cash_out_probability_max: share('Fail when the simulation runs out of cash in more than this share of runs, e.g. "10%"; needs an uncertainty: section').optional(),
  require_default_alive: z
    .boolean({ error: (issue) => `must be true or false (got ${showInput(issue.input)})` })
    .optional()
    .meta({ description: 'true: fail unless the plan is default alive, without any of its funding rounds' }),
});

const scenario = planMap({
  description: text('What the scenario assumes, in a few words').optional(),
  probability: share('How likely it is, 0 to 1 or a percent; used for the expected values').optional(),
  set: planRecord(
    z.unknown().meta({ description: 'The value the input has in this scenario; it replaces the whole input' }),
    'Inputs changed in this scenario: a path such as revenue_model.churn_monthly or funding[0].month, and its value',
  ),
});

/** A bound of a range: a number, or a percent where the input is a rate ("1.5%"). */
const rangeBound = (description: string) => numberField({ percent: true, description });

const uncertainRange = planMap({
  low: rangeBound('The low end of the input\'s range'),
  high: rangeBound('The high end of the input\'s range'),
  dist: choice(DISTRIBUTIONS, 'How the simulation draws the input (default: pert)').optional(),
  mode: rangeBound('For pert and triangular: the most likely value (default: the plan\'s value)').optional(),
});

/** The simulation's settings (FORMULAS.md, "Monte Carlo simulation"); see simulation-settings.ts for the defaults. */
const simulation = planMap({
  runs: numberField(RUNS_RULE).optional(),
  // A seed is any whole number a plan can hold: 0 up to 10^15, inside JavaScript's safe integers.
  seed: numberField(SEED_RULE).optional(),
});

// The fast validator checks the cross-section rules below with computeHasWhatItNeeds and
// noWhatIfSections (plan-rules.ts).
const planShape = planMap({
  version: tagFast(
    z
      .preprocess((input) => (isDecimal(input) && input.eq(1) ? 1 : input), z.literal(1, { error: () => 'must be 1, the only plan format version so far' }))
      .meta({ type: 'integer', const: 1, description: 'Plan format version' }),
    { kind: 'version' },
  ),
  name: text('The venture'),
  currency: currencyCode,
  language: choice(LANGUAGES, 'Language of the report').default('en'),
  market: marketSchema,
  value_proposition: valuePropositionSchema,
  target_market: targetMarketSchema,
  revenue_model: revenueModelSchema,
  resources: resourcesSchema,
  partners: z.array(partner).default([]),
  funding: z.array(fundingRound).default([]),
  compute: computeSchema.default({ training_runs: [] }),
  growth: growthSchema,
  risks: z.array(risk).default([]),
  milestones: z.array(milestone).default([]),
  checks: checksSchema.default({}),
  scenarios: planRecord(scenario, 'Named scenarios: each replaces some inputs of this plan').optional(),
  uncertainty: planRecord(uncertainRange, 'The range of each uncertain input, by path: the tornado and the simulation use them').optional(),
  simulation: simulation.optional().meta({ description: 'How the simulation runs: runs (default 10000) and seed (default 1)' }),
  metrics: z.unknown().optional().meta({ description: 'Written by bizplan calc; do not edit' }),
});

/** Keys that lean on another section: judged once the sections themselves are valid. */
function computeLeans(plan: z.output<typeof planShape>, ctx: z.core.$RefinementCtx<z.output<typeof planShape>>): void {
  const hosting = plan.compute.self_hosting;
  if (hosting && !plan.revenue_model.inference) {
    ctx.addIssue({
      code: 'custom',
      path: ['compute', 'self_hosting'],
      message: 'needs revenue_model.inference: self-hosting serves its requests and tokens; add revenue_model.inference, or remove compute.self_hosting',
      params: { compute: 'needsInference', atKey: true },
    });
  }
  plan.compute.training_runs.forEach((run, i) => {
    if (run.gpu_hourly_price === undefined && !hosting) {
      ctx.addIssue({
        code: 'custom',
        path: ['compute', 'training_runs', i],
        message: 'has no GPU price: give the run a gpu_hourly_price, or set compute.self_hosting.gpu_hourly_price',
        params: { compute: 'runPrice' },
      });
    }
  });
}

/**
 * The plan whole, with the rules that span sections: compute's, and those of scenarios and
 * ranges, which need the rest of the plan (see what-if-rules.ts). The fast validator checks
 * that neither what-if section is there; a plan with them is read the full way, where these
 * rules word each problem at its path's own line.
 */
export const planSchema: typeof planShape = tagFast(
  planShape.superRefine(computeLeans).superRefine((plan, ctx) => {
    for (const issue of whatIfIssues(planSchema, plan)) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { whatIf: issue.problem, ...(issue.atKey ? { atKey: true } : {}) } });
    }
  }),
  { kind: 'rules', names: ['computeHasWhatItNeeds', 'noWhatIfSections'] },
);

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type RevenueModel = Plan['revenue_model'];
export type Inference = NonNullable<RevenueModel['inference']>;
export type Checks = Plan['checks'];
export type Hire = Plan['resources']['hires'][number];
export type PlannedCost = Plan['resources']['planned_costs'][number];
export type FundingRound = Plan['funding'][number];
export type Compute = Plan['compute'];
export type SelfHosting = NonNullable<Compute['self_hosting']>;
export type TrainingRun = Compute['training_runs'][number];
