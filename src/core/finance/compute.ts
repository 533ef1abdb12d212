import type { Decimal } from 'decimal.js';
import { Dec, forComparison, ONE, ZERO } from '../decimal.js';
import type { Inference, Plan, SelfHosting, TrainingRun } from '../plan/schema.js';

/**
 * What an AI company spends on GPUs (FORMULAS.md, "Compute: API price trend, self-hosting
 * and training runs"): the API's token prices as they change once a year, the GPUs that
 * would serve the same requests, and the training runs. Pure.
 */

/** Hours in a month: 8,760 / 12. */
export const HOURS_PER_MONTH = 730;
const SECONDS_PER_HOUR = 3600;
/** 6·P·D: the FLOPs of training a dense transformer (EleutherAI, "Transformer Math 101"). */
const FLOPS_PER_PARAMETER_TOKEN = 6;
const TERA = new Dec('1e12');

/**
 * price_factor(m) = (1 + price_change_yearly)^floor((m-1)/12): prices change once a year.
 * Built year by year by repeated multiplication, as new(m) is, so every month of a year shares one figure.
 */
export function priceFactors(change: Decimal | undefined): (month: number) => Decimal {
  if (change === undefined || change.isZero()) return () => ONE;
  const step = ONE.plus(change);
  const years: Decimal[] = [ONE];
  return (month) => {
    const year = Math.floor((month - 1) / 12);
    while (years.length <= year) years.push((years.at(-1) as Decimal).mul(step));
    return years[year] as Decimal;
  };
}

export interface SelfHostingModel {
  hourlyPrice: Decimal;
  utilization: Decimal;
  minGpus: Decimal;
  opsMonthly: Decimal;
  serveFrom: SelfHosting['serve_from'];
  /** GPU-seconds one request takes: prefill plus decode. */
  gpuSecondsPerRequest: Decimal;
  gpuHoursPerCustomer: Decimal;
  /** self_hosted_cost_per_customer: the marginal GPU cost of one customer a month. */
  costPerCustomer: Decimal;
  /** gpus(m) for that month's customers: never below min_gpus. */
  gpus(customers: Decimal): Decimal;
  /** self_hosted_cost(m) = gpus(m) x 730 x gpu_hourly_price, without ops. */
  cost(customers: Decimal): Decimal;
}

export function selfHostingModel(inference: Inference, hosting: SelfHosting): SelfHostingModel {
  const overhead = inference.overhead_multiplier ?? ONE;
  const gpuSecondsPerRequest = inference.input_tokens_per_request
    .div(hosting.input_tokens_per_second_per_gpu)
    .plus(inference.output_tokens_per_request.div(hosting.output_tokens_per_second_per_gpu));
  const gpuHoursPerCustomer = inference.requests_per_customer_monthly.mul(overhead).mul(gpuSecondsPerRequest).div(SECONDS_PER_HOUR);
  const minGpus = hosting.min_gpus ?? ONE;
  const usefulHoursPerGpu = hosting.utilization.mul(HOURS_PER_MONTH);
  const gpus = (customers: Decimal) => {
    // ceil() on the value rounded to 20 places, so noise in the 40th digit never adds a GPU.
    const needed = forComparison(customers.mul(gpuHoursPerCustomer).div(usefulHoursPerGpu)).ceil();
    return Dec.max(minGpus, needed);
  };
  return {
    hourlyPrice: hosting.gpu_hourly_price,
    utilization: hosting.utilization,
    minGpus,
    opsMonthly: hosting.ops_cost_monthly ?? ZERO,
    serveFrom: hosting.serve_from,
    gpuSecondsPerRequest,
    gpuHoursPerCustomer,
    costPerCustomer: gpuHoursPerCustomer.div(hosting.utilization).mul(hosting.gpu_hourly_price),
    gpus,
    cost: (customers) => gpus(customers).mul(HOURS_PER_MONTH).mul(hosting.gpu_hourly_price),
  };
}

export interface TrainingRunCost {
  what: string;
  month: number;
  gpuHours: Decimal;
  hourlyPrice: Decimal;
  cost: Decimal;
  /** Whether the GPU-hours came from parameters and tokens (6·P·D) rather than the plan. */
  estimated: boolean;
}

/** gpu_hours = 6 x parameters x tokens / (gpu_peak_tflops x 10^12 x mfu x 3600), when not given. */
export function trainingGpuHours(run: Pick<TrainingRun, 'gpu_hours' | 'parameters' | 'tokens' | 'gpu_peak_tflops' | 'mfu'>): Decimal {
  if (run.gpu_hours) return run.gpu_hours;
  const { parameters, tokens, gpu_peak_tflops: tflops, mfu } = run;
  if (!parameters || !tokens || !tflops || !mfu) throw new Error('a training run without gpu_hours needs parameters, tokens, gpu_peak_tflops and mfu (the schema ensures it)');
  return parameters.mul(tokens).mul(FLOPS_PER_PARAMETER_TOKEN).div(tflops.mul(TERA).mul(mfu).mul(SECONDS_PER_HOUR));
}

export function trainingRunCosts(runs: readonly TrainingRun[], defaultPrice: Decimal | undefined): TrainingRunCost[] {
  return runs.map((run) => {
    const hourlyPrice = run.gpu_hourly_price ?? defaultPrice;
    if (!hourlyPrice) throw new Error(`training run "${run.what}" has no GPU price (the schema ensures one)`);
    const gpuHours = trainingGpuHours(run);
    return { what: run.what, month: run.month.toNumber(), gpuHours, hourlyPrice, cost: gpuHours.mul(hourlyPrice), estimated: run.gpu_hours === undefined };
  });
}

/** Everything the plan says about compute, ready for the projection and the report. */
export interface ComputeModel {
  priceFactor: (month: number) => Decimal;
  /** Whether the plan sets a price trend: without one, the API's cost per customer never moves. */
  priceChanges: boolean;
  /** inference_cost at today's prices: the API's cost of one customer a month; 0 without inference. */
  apiCostPerCustomer: Decimal;
  selfHosting: SelfHostingModel | null;
  /** Serving from self-hosting: the projection and unit economics use its cost. */
  servesSelfHosted: boolean;
  runs: TrainingRunCost[];
}

export function computeModel(plan: Plan, apiCostPerCustomer: Decimal): ComputeModel {
  const inference = plan.revenue_model.inference;
  const hosting = plan.compute.self_hosting;
  const selfHosting = hosting && inference ? selfHostingModel(inference, hosting) : null;
  const change = inference?.price_change_yearly;
  return {
    priceFactor: priceFactors(change),
    priceChanges: change !== undefined && !change.isZero(),
    apiCostPerCustomer,
    selfHosting,
    servesSelfHosted: selfHosting?.serveFrom === 'self_hosted',
    runs: trainingRunCosts(plan.compute.training_runs, hosting?.gpu_hourly_price),
  };
}

/** api_cost(m) = customers(m) x inference_cost x price_factor(m). */
export function apiCost(model: ComputeModel, month: number, customers: Decimal): Decimal {
  const factor = model.priceFactor(month);
  const cost = customers.mul(model.apiCostPerCustomer);
  // A product is already rounded to the working precision: times the first year's factor, 1, it is the same value.
  return factor === ONE ? cost : cost.mul(factor);
}

/**
 * inference(m) for the projection, or null when it is customers(m) x inference_cost, the
 * first version's projection, which then keeps its exact arithmetic.
 */
export function projectedInference(model: ComputeModel): ((month: number, customers: Decimal) => Decimal) | null {
  const hosting = model.selfHosting;
  if (hosting && model.servesSelfHosted) return (_month, customers) => hosting.cost(customers);
  if (model.priceChanges) return (month, customers) => apiCost(model, month, customers);
  return null;
}

/** The training runs dated month m: their cost, for planned(m). */
export function trainingCostIn(runs: readonly TrainingRunCost[], month: number): Decimal {
  return runs.filter((r) => r.month === month).reduce((sum, r) => sum.plus(r.cost), ZERO);
}

/** training_cost_total: the runs dated within the horizon. */
export function trainingCostTotal(runs: readonly TrainingRunCost[], horizon: number): Decimal {
  return runs.filter((r) => r.month <= horizon).reduce((sum, r) => sum.plus(r.cost), ZERO);
}

/** One month of the comparison the report draws: what the API and self-hosting would each cost. */
export interface ComputeMonth {
  month: number;
  api: Decimal;
  /** self_hosted_cost(m) + ops_cost_monthly: what self-hosting would cost that month. */
  selfHosted: Decimal;
  gpus: Decimal;
}

export function computeMonths(model: ComputeModel, hosting: SelfHostingModel, months: ReadonlyArray<{ month: number; customers: Decimal }>): ComputeMonth[] {
  return months.map(({ month, customers }) => ({
    month,
    api: apiCost(model, month, customers),
    selfHosted: hosting.cost(customers).plus(hosting.opsMonthly),
    gpus: hosting.gpus(customers),
  }));
}

/** self_hosting_cheaper_from_month: the first m with self_hosted_cost(m) + ops < api_cost(m); null when none. */
export function cheaperFromMonth(months: readonly ComputeMonth[]): number | null {
  return months.find((m) => forComparison(m.selfHosted).lt(forComparison(m.api)))?.month ?? null;
}
