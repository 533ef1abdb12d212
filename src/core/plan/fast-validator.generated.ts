// Generated from the zod schema (src/core/plan/schema.ts) by src/core/plan/fast-validator-gen.ts,
// at build time: do not edit. A test fails when this is not what the generator writes.
import { isDecimal, NumberBeyondBounds } from '../decimal.js';
import { checkNumber, showInput } from './numbers.js';
import type { NumberRule } from './numbers.js';
import { PLAN_DERIVES, PLAN_RULES } from './plan-rules.js';

/** What the validator returns where zod would find a problem, or where it cannot be sure. */
export const DOUBT: unique symbol = Symbol('doubt');

/** The plan zod would make of `x`, or DOUBT. */
export function validatePlainPlan(x: unknown): unknown {
  return v0(x);
}

/** Each numeric input's rule and kind by path, list items as `[]`: `funding[].month`. */
export const NUMBER_INPUTS: Readonly<Record<string, { rule: NumberRule; kind: 'money' | 'rate' | 'number' }>> = {
  "market.size.tam": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Total addressable market, per year"
    },
    "kind": "money"
  },
  "market.size.sam": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Serviceable addressable market, per year"
    },
    "kind": "money"
  },
  "market.size.som": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Serviceable obtainable market, per year"
    },
    "kind": "money"
  },
  "target_market.segments[].customers": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "How many potential customers it holds"
    },
    "kind": "number"
  },
  "revenue_model.streams[].share": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Share of revenue; 0 to 1 or a percent"
    },
    "kind": "rate"
  },
  "revenue_model.arpu_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Average revenue per customer per month; with seat pricing, may be left out for seats_per_customer x price_per_seat_monthly"
    },
    "kind": "money"
  },
  "revenue_model.seats_per_customer": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Seat pricing: average seats one customer pays for"
    },
    "kind": "number"
  },
  "revenue_model.price_per_seat_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Seat pricing: price of one seat per month"
    },
    "kind": "money"
  },
  "revenue_model.variable_cost_per_customer_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Cost to serve one customer a month, excluding AI inference: support, hosting, payment fees"
    },
    "kind": "money"
  },
  "revenue_model.churn_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Share of customers lost per month, e.g. 0.03 or \"3%\""
    },
    "kind": "rate"
  },
  "revenue_model.cac": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Cost to acquire one new customer"
    },
    "kind": "money"
  },
  "revenue_model.discount_rate_annual": {
    "rule": {
      "min": {
        "value": 0
      },
      "percent": true,
      "description": "Yearly discount rate for the discounted LTV, e.g. \"10%\""
    },
    "kind": "rate"
  },
  "revenue_model.inference.requests_per_customer_monthly": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Model requests one customer makes a month"
    },
    "kind": "number"
  },
  "revenue_model.inference.input_tokens_per_request": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Input (prompt) tokens per request"
    },
    "kind": "number"
  },
  "revenue_model.inference.output_tokens_per_request": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Output (completion) tokens per request"
    },
    "kind": "number"
  },
  "revenue_model.inference.input_price_per_million": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Price of one million input tokens"
    },
    "kind": "money"
  },
  "revenue_model.inference.output_price_per_million": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Price of one million output tokens"
    },
    "kind": "money"
  },
  "revenue_model.inference.cached_input_share": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Share of input tokens served from the prompt cache; 0 to 1"
    },
    "kind": "rate"
  },
  "revenue_model.inference.cached_input_price_per_million": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Price of one million cached input tokens"
    },
    "kind": "money"
  },
  "revenue_model.inference.overhead_multiplier": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Multiplier for retries, fallbacks and evaluation traffic; 1.5-3 is common"
    },
    "kind": "number"
  },
  "revenue_model.inference.price_change_yearly": {
    "rule": {
      "min": {
        "value": -1,
        "exclusive": true
      },
      "max": {
        "value": 10
      },
      "percent": true,
      "description": "Yearly change of the token prices above, e.g. \"-30%\"; they change once a year; at most 1000%"
    },
    "kind": "rate"
  },
  "resources.team[].count": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Head count"
    },
    "kind": "number"
  },
  "resources.team[].monthly_cost": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Monthly cost of each person, fully loaded"
    },
    "kind": "money"
  },
  "resources.compute_budget_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Monthly budget for training and baseline compute"
    },
    "kind": "money"
  },
  "resources.allocation[].share": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Share of spending; 0 to 1 or a percent"
    },
    "kind": "rate"
  },
  "resources.cash": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Cash in the bank at month 0"
    },
    "kind": "money"
  },
  "resources.fixed_costs_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Team, rent, baseline compute: costs that do not move with customers"
    },
    "kind": "money"
  },
  "resources.hires[].count": {
    "rule": {
      "min": {
        "value": 1
      },
      "integer": true,
      "description": "How many people in this role; a whole number, 1 or more"
    },
    "kind": "number"
  },
  "resources.hires[].monthly_cost": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Monthly cost of each person, fully loaded"
    },
    "kind": "money"
  },
  "resources.hires[].start_month": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Month of the projection they start; they cost from then on"
    },
    "kind": "number"
  },
  "resources.planned_costs[].month": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "One-off: the month it is paid"
    },
    "kind": "number"
  },
  "resources.planned_costs[].amount": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "One-off: how much"
    },
    "kind": "money"
  },
  "resources.planned_costs[].from_month": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Recurring: the first month it is paid"
    },
    "kind": "number"
  },
  "resources.planned_costs[].monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Recurring: how much a month"
    },
    "kind": "money"
  },
  "resources.planned_costs[].to_month": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Recurring: the last month it is paid (default: the horizon)"
    },
    "kind": "number"
  },
  "funding[].month": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Month of the projection the money arrives"
    },
    "kind": "number"
  },
  "funding[].amount": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "How much is raised"
    },
    "kind": "money"
  },
  "compute.self_hosting.gpu_hourly_price": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Price of one GPU-hour"
    },
    "kind": "money"
  },
  "compute.self_hosting.input_tokens_per_second_per_gpu": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Prefill throughput of one GPU, input tokens a second"
    },
    "kind": "number"
  },
  "compute.self_hosting.output_tokens_per_second_per_gpu": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Decode throughput of one GPU, batched, output tokens a second"
    },
    "kind": "number"
  },
  "compute.self_hosting.utilization": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Share of paid GPU time that does useful work, e.g. \"60%\""
    },
    "kind": "rate"
  },
  "compute.self_hosting.min_gpus": {
    "rule": {
      "min": {
        "value": 0
      },
      "integer": true,
      "description": "GPUs kept running whatever the load; a whole number (default 1)"
    },
    "kind": "number"
  },
  "compute.self_hosting.ops_cost_monthly": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "People and tooling to run the GPUs, a month (default 0)"
    },
    "kind": "money"
  },
  "compute.training_runs[].month": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Month of the projection the run is paid"
    },
    "kind": "number"
  },
  "compute.training_runs[].gpu_hours": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "GPU-hours the run takes"
    },
    "kind": "number"
  },
  "compute.training_runs[].parameters": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Model parameters, e.g. 7e9"
    },
    "kind": "number"
  },
  "compute.training_runs[].tokens": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Training tokens, e.g. 2e12"
    },
    "kind": "number"
  },
  "compute.training_runs[].gpu_peak_tflops": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Peak dense TFLOPS of one GPU at the training precision"
    },
    "kind": "number"
  },
  "compute.training_runs[].mfu": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Model FLOPs utilization: share of peak the run achieves, e.g. \"40%\""
    },
    "kind": "rate"
  },
  "compute.training_runs[].gpu_hourly_price": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": true
      },
      "description": "Price of one GPU-hour for this run (default: compute.self_hosting.gpu_hourly_price)"
    },
    "kind": "money"
  },
  "growth.starting_customers": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Customers at month 0"
    },
    "kind": "number"
  },
  "growth.new_customers_monthly": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "New customers won in month 1"
    },
    "kind": "number"
  },
  "growth.new_customers_growth_monthly": {
    "rule": {
      "min": {
        "value": -1,
        "exclusive": true
      },
      "max": {
        "value": 10
      },
      "percent": true,
      "description": "Monthly growth of new-customer wins, e.g. \"5%\"; at most 1000%"
    },
    "kind": "rate"
  },
  "growth.horizon_months": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Months to project"
    },
    "kind": "number"
  },
  "milestones[].month": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Month of the projection it is due"
    },
    "kind": "number"
  },
  "checks.ltv_to_cac_min": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Fail when LTV:CAC is below this; 3 is the common bar"
    },
    "kind": "number"
  },
  "checks.cac_payback_months_max": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Fail when CAC payback takes longer, in months"
    },
    "kind": "number"
  },
  "checks.break_even_month_max": {
    "rule": {
      "min": {
        "value": 1
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Fail when the projection breaks even later than this month, or never"
    },
    "kind": "number"
  },
  "checks.runway_months_min": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 240
      },
      "integer": true,
      "description": "Fail when cash runs out before this many months"
    },
    "kind": "number"
  },
  "checks.gross_margin_min": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Fail when gross margin is below this, e.g. \"50%\""
    },
    "kind": "rate"
  },
  "checks.funding_gap_max": {
    "rule": {
      "min": {
        "value": 0,
        "exclusive": false
      },
      "description": "Fail when more than this must be raised beyond the planned rounds; 0: the rounds must be enough"
    },
    "kind": "money"
  },
  "checks.burn_multiple_max": {
    "rule": {
      "min": {
        "value": 0
      },
      "description": "Fail when the first year's burn multiple is above this; under 1.5 is good (David Sacks)"
    },
    "kind": "number"
  },
  "checks.cash_out_probability_max": {
    "rule": {
      "min": {
        "value": 0
      },
      "max": {
        "value": 1
      },
      "percent": true,
      "description": "Fail when the simulation runs out of cash in more than this share of runs, e.g. \"10%\"; needs an uncertainty: section"
    },
    "kind": "rate"
  }
};

function v1(x: unknown): unknown {
  return (isDecimal(x) && x.eq(1)) || x === 1 ? 1 : DOUBT;
}

function v2(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v3(x: unknown): unknown {
  const out = ((x: unknown): unknown => {
  return typeof x === 'string' ? x : DOUBT;
  })(x);
  if (out === DOUBT) return DOUBT;
  if (!PLAN_RULES.isCurrencyCode(out as never)) return DOUBT;
  return out;
}

function v5(x: unknown): unknown {
  return typeof x === 'string' && ["en","zh"].includes(x) ? x : DOUBT;
}

function v4(x: unknown): unknown {
  if (x === undefined) return "en";
  const r = v5(x);
  return r === undefined ? "en" : r;
}

function v7(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v10(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v9(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v10(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v8(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v9(x);
  return r === undefined ? [] : r;
}

function v13(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Total addressable market, per year"});
  return 'value' in r ? r.value : DOUBT;
}

function v14(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Serviceable addressable market, per year"});
  return 'value' in r ? r.value : DOUBT;
}

function v15(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Serviceable obtainable market, per year"});
  return 'value' in r ? r.value : DOUBT;
}

function v12(x: unknown): unknown {
  const out = ((x: unknown): unknown => {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["tam","sam","som"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v13(input["tam"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["tam"] = r; }
  { const r = v14(input["sam"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["sam"] = r; }
  { const r = v15(input["som"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["som"] = r; }
  return out;
  })(x);
  if (out === DOUBT) return DOUBT;
  if (!PLAN_RULES.marketSizesNest(out as never)) return DOUBT;
  return out;
}

function v11(x: unknown): unknown {
  return x === undefined ? undefined : v12(x);
}

function v19(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v21(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v20(x: unknown): unknown {
  return x === undefined ? undefined : v21(x);
}

function v23(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v22(x: unknown): unknown {
  return x === undefined ? undefined : v23(x);
}

function v25(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v24(x: unknown): unknown {
  return x === undefined ? undefined : v25(x);
}

function v27(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v26(x: unknown): unknown {
  return x === undefined ? undefined : v27(x);
}

function v18(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["name","offering","pricing","strengths","weaknesses"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v19(input["name"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["name"] = r; }
  { const r = v20(input["offering"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["offering"] = r; }
  { const r = v22(input["pricing"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["pricing"] = r; }
  { const r = v24(input["strengths"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["strengths"] = r; }
  { const r = v26(input["weaknesses"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["weaknesses"] = r; }
  return out;
}

function v17(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v18(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v16(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v17(x);
  return r === undefined ? [] : r;
}

function v30(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v29(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v30(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v28(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v29(x);
  return r === undefined ? [] : r;
}

function v6(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["problem","trends","size","competitors","sources"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v7(input["problem"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["problem"] = r; }
  { const r = v8(input["trends"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["trends"] = r; }
  { const r = v11(input["size"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["size"] = r; }
  { const r = v16(input["competitors"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["competitors"] = r; }
  { const r = v28(input["sources"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["sources"] = r; }
  return out;
}

function v32(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v33(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v34(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v37(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v36(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v37(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v35(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v36(x);
  return r === undefined ? [] : r;
}

function v40(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v39(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v40(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v38(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v39(x);
  return r === undefined ? [] : r;
}

function v31(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["core_value","customer_problem","solution","differentiators","proof"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v32(input["core_value"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["core_value"] = r; }
  { const r = v33(input["customer_problem"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["customer_problem"] = r; }
  { const r = v34(input["solution"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["solution"] = r; }
  { const r = v35(input["differentiators"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["differentiators"] = r; }
  { const r = v38(input["proof"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["proof"] = r; }
  return out;
}

function v44(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v46(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v45(x: unknown): unknown {
  return x === undefined ? undefined : v46(x);
}

function v48(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"description":"How many potential customers it holds"});
  return 'value' in r ? r.value : DOUBT;
}

function v47(x: unknown): unknown {
  return x === undefined ? undefined : v48(x);
}

function v50(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v49(x: unknown): unknown {
  return x === undefined ? undefined : v50(x);
}

function v43(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["name","description","customers","needs"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v44(input["name"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["name"] = r; }
  { const r = v45(input["description"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["description"] = r; }
  { const r = v47(input["customers"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["customers"] = r; }
  { const r = v49(input["needs"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["needs"] = r; }
  return out;
}

function v42(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 1) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v43(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v51(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v52(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v53(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v41(x: unknown): unknown {
  const out = ((x: unknown): unknown => {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["segments","primary_segment","persona","positioning"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v42(input["segments"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["segments"] = r; }
  { const r = v51(input["primary_segment"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["primary_segment"] = r; }
  { const r = v52(input["persona"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["persona"] = r; }
  { const r = v53(input["positioning"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["positioning"] = r; }
  return out;
  })(x);
  if (out === DOUBT) return DOUBT;
  if (!PLAN_RULES.primaryIsASegment(out as never)) return DOUBT;
  return out;
}

function v56(x: unknown): unknown {
  return typeof x === 'string' && ["subscription","usage","seat","license","services","hybrid"].includes(x) ? x : DOUBT;
}

function v60(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v62(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v61(x: unknown): unknown {
  return x === undefined ? undefined : v62(x);
}

function v64(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"max":{"value":1},"percent":true,"description":"Share of revenue; 0 to 1 or a percent"});
  return 'value' in r ? r.value : DOUBT;
}

function v63(x: unknown): unknown {
  return x === undefined ? undefined : v64(x);
}

function v59(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["name","description","share"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v60(input["name"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["name"] = r; }
  { const r = v61(input["description"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["description"] = r; }
  { const r = v63(input["share"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["share"] = r; }
  return out;
}

function v58(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v59(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v57(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v58(x);
  return r === undefined ? [] : r;
}

function v66(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"description":"Average revenue per customer per month; with seat pricing, may be left out for seats_per_customer x price_per_seat_monthly"});
  return 'value' in r ? r.value : DOUBT;
}

function v65(x: unknown): unknown {
  return x === undefined ? undefined : v66(x);
}

function v68(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"description":"Seat pricing: average seats one customer pays for"});
  return 'value' in r ? r.value : DOUBT;
}

function v67(x: unknown): unknown {
  return x === undefined ? undefined : v68(x);
}

function v70(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"description":"Seat pricing: price of one seat per month"});
  return 'value' in r ? r.value : DOUBT;
}

function v69(x: unknown): unknown {
  return x === undefined ? undefined : v70(x);
}

function v71(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Cost to serve one customer a month, excluding AI inference: support, hosting, payment fees"});
  return 'value' in r ? r.value : DOUBT;
}

function v72(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"max":{"value":1},"percent":true,"description":"Share of customers lost per month, e.g. 0.03 or \"3%\""});
  return 'value' in r ? r.value : DOUBT;
}

function v73(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Cost to acquire one new customer"});
  return 'value' in r ? r.value : DOUBT;
}

function v75(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"percent":true,"description":"Yearly discount rate for the discounted LTV, e.g. \"10%\""});
  return 'value' in r ? r.value : DOUBT;
}

function v74(x: unknown): unknown {
  return x === undefined ? undefined : v75(x);
}

function v78(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"description":"Model requests one customer makes a month"});
  return 'value' in r ? r.value : DOUBT;
}

function v79(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"description":"Input (prompt) tokens per request"});
  return 'value' in r ? r.value : DOUBT;
}

function v80(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"description":"Output (completion) tokens per request"});
  return 'value' in r ? r.value : DOUBT;
}

function v81(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Price of one million input tokens"});
  return 'value' in r ? r.value : DOUBT;
}

function v82(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Price of one million output tokens"});
  return 'value' in r ? r.value : DOUBT;
}

function v84(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"max":{"value":1},"percent":true,"description":"Share of input tokens served from the prompt cache; 0 to 1"});
  return 'value' in r ? r.value : DOUBT;
}

function v83(x: unknown): unknown {
  return x === undefined ? undefined : v84(x);
}

function v86(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Price of one million cached input tokens"});
  return 'value' in r ? r.value : DOUBT;
}

function v85(x: unknown): unknown {
  return x === undefined ? undefined : v86(x);
}

function v88(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"description":"Multiplier for retries, fallbacks and evaluation traffic; 1.5-3 is common"});
  return 'value' in r ? r.value : DOUBT;
}

function v87(x: unknown): unknown {
  return x === undefined ? undefined : v88(x);
}

function v90(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":-1,"exclusive":true},"max":{"value":10},"percent":true,"description":"Yearly change of the token prices above, e.g. \"-30%\"; they change once a year; at most 1000%"});
  return 'value' in r ? r.value : DOUBT;
}

function v89(x: unknown): unknown {
  return x === undefined ? undefined : v90(x);
}

function v77(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["requests_per_customer_monthly","input_tokens_per_request","output_tokens_per_request","input_price_per_million","output_price_per_million","cached_input_share","cached_input_price_per_million","overhead_multiplier","price_change_yearly"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v78(input["requests_per_customer_monthly"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["requests_per_customer_monthly"] = r; }
  { const r = v79(input["input_tokens_per_request"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["input_tokens_per_request"] = r; }
  { const r = v80(input["output_tokens_per_request"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["output_tokens_per_request"] = r; }
  { const r = v81(input["input_price_per_million"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["input_price_per_million"] = r; }
  { const r = v82(input["output_price_per_million"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["output_price_per_million"] = r; }
  { const r = v83(input["cached_input_share"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["cached_input_share"] = r; }
  { const r = v85(input["cached_input_price_per_million"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["cached_input_price_per_million"] = r; }
  { const r = v87(input["overhead_multiplier"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["overhead_multiplier"] = r; }
  { const r = v89(input["price_change_yearly"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["price_change_yearly"] = r; }
  return out;
}

function v76(x: unknown): unknown {
  return x === undefined ? undefined : v77(x);
}

function v55(x: unknown): unknown {
  const out = ((x: unknown): unknown => {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["pricing_model","streams","arpu_monthly","seats_per_customer","price_per_seat_monthly","variable_cost_per_customer_monthly","churn_monthly","cac","discount_rate_annual","inference"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v56(input["pricing_model"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["pricing_model"] = r; }
  { const r = v57(input["streams"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["streams"] = r; }
  { const r = v65(input["arpu_monthly"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["arpu_monthly"] = r; }
  { const r = v67(input["seats_per_customer"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["seats_per_customer"] = r; }
  { const r = v69(input["price_per_seat_monthly"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["price_per_seat_monthly"] = r; }
  { const r = v71(input["variable_cost_per_customer_monthly"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["variable_cost_per_customer_monthly"] = r; }
  { const r = v72(input["churn_monthly"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["churn_monthly"] = r; }
  { const r = v73(input["cac"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["cac"] = r; }
  { const r = v74(input["discount_rate_annual"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["discount_rate_annual"] = r; }
  { const r = v76(input["inference"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["inference"] = r; }
  return out;
  })(x);
  if (out === DOUBT) return DOUBT;
  if (!PLAN_RULES.seatPricingHolds(out as never)) return DOUBT;
  return out;
}

function v54(x: unknown): unknown {
  const r = v55(x);
  return r === DOUBT ? DOUBT : PLAN_DERIVES.withSeatArpu(r as never);
}

function v95(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v96(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"description":"Head count"});
  return 'value' in r ? r.value : DOUBT;
}

function v98(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Monthly cost of each person, fully loaded"});
  return 'value' in r ? r.value : DOUBT;
}

function v97(x: unknown): unknown {
  return x === undefined ? undefined : v98(x);
}

function v94(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["role","count","monthly_cost"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v95(input["role"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["role"] = r; }
  { const r = v96(input["count"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["count"] = r; }
  { const r = v97(input["monthly_cost"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["monthly_cost"] = r; }
  return out;
}

function v93(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v94(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v92(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v93(x);
  return r === undefined ? [] : r;
}

function v100(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Monthly budget for training and baseline compute"});
  return 'value' in r ? r.value : DOUBT;
}

function v99(x: unknown): unknown {
  return x === undefined ? undefined : v100(x);
}

function v104(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v105(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"max":{"value":1},"percent":true,"description":"Share of spending; 0 to 1 or a percent"});
  return 'value' in r ? r.value : DOUBT;
}

function v103(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["area","share"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v104(input["area"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["area"] = r; }
  { const r = v105(input["share"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["share"] = r; }
  return out;
}

function v102(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v103(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v101(x: unknown): unknown {
  const out = ((x: unknown): unknown => {
  if (x === undefined) return [];
  const r = v102(x);
  return r === undefined ? [] : r;
  })(x);
  if (out === DOUBT) return DOUBT;
  if (!PLAN_RULES.sharesWithinWhole(out as never)) return DOUBT;
  return out;
}

function v106(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Cash in the bank at month 0"});
  return 'value' in r ? r.value : DOUBT;
}

function v107(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Team, rent, baseline compute: costs that do not move with customers"});
  return 'value' in r ? r.value : DOUBT;
}

function v111(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v112(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":1},"integer":true,"description":"How many people in this role; a whole number, 1 or more"});
  return 'value' in r ? r.value : DOUBT;
}

function v113(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Monthly cost of each person, fully loaded"});
  return 'value' in r ? r.value : DOUBT;
}

function v114(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":1},"max":{"value":240},"integer":true,"description":"Month of the projection they start; they cost from then on"});
  return 'value' in r ? r.value : DOUBT;
}

function v110(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["role","count","monthly_cost","start_month"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v111(input["role"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["role"] = r; }
  { const r = v112(input["count"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["count"] = r; }
  { const r = v113(input["monthly_cost"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["monthly_cost"] = r; }
  { const r = v114(input["start_month"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["start_month"] = r; }
  return out;
}

function v109(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v110(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v108(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v109(x);
  return r === undefined ? [] : r;
}

function v118(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v120(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":1},"max":{"value":240},"integer":true,"description":"One-off: the month it is paid"});
  return 'value' in r ? r.value : DOUBT;
}

function v119(x: unknown): unknown {
  return x === undefined ? undefined : v120(x);
}

function v122(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"One-off: how much"});
  return 'value' in r ? r.value : DOUBT;
}

function v121(x: unknown): unknown {
  return x === undefined ? undefined : v122(x);
}

function v124(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":1},"max":{"value":240},"integer":true,"description":"Recurring: the first month it is paid"});
  return 'value' in r ? r.value : DOUBT;
}

function v123(x: unknown): unknown {
  return x === undefined ? undefined : v124(x);
}

function v126(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Recurring: how much a month"});
  return 'value' in r ? r.value : DOUBT;
}

function v125(x: unknown): unknown {
  return x === undefined ? undefined : v126(x);
}

function v128(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":1},"max":{"value":240},"integer":true,"description":"Recurring: the last month it is paid (default: the horizon)"});
  return 'value' in r ? r.value : DOUBT;
}

function v127(x: unknown): unknown {
  return x === undefined ? undefined : v128(x);
}

function v117(x: unknown): unknown {
  const out = ((x: unknown): unknown => {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["what","month","amount","from_month","monthly","to_month"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v118(input["what"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["what"] = r; }
  { const r = v119(input["month"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["month"] = r; }
  { const r = v121(input["amount"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["amount"] = r; }
  { const r = v123(input["from_month"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["from_month"] = r; }
  { const r = v125(input["monthly"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["monthly"] = r; }
  { const r = v127(input["to_month"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["to_month"] = r; }
  return out;
  })(x);
  if (out === DOUBT) return DOUBT;
  if (!PLAN_RULES.plannedCostWellShaped(out as never)) return DOUBT;
  return out;
}

function v116(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v117(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v115(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v116(x);
  return r === undefined ? [] : r;
}

function v91(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["team","compute_budget_monthly","allocation","cash","fixed_costs_monthly","hires","planned_costs"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v92(input["team"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["team"] = r; }
  { const r = v99(input["compute_budget_monthly"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["compute_budget_monthly"] = r; }
  { const r = v101(input["allocation"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["allocation"] = r; }
  { const r = v106(input["cash"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["cash"] = r; }
  { const r = v107(input["fixed_costs_monthly"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["fixed_costs_monthly"] = r; }
  { const r = v108(input["hires"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["hires"] = r; }
  { const r = v115(input["planned_costs"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["planned_costs"] = r; }
  return out;
}

function v132(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v133(x: unknown): unknown {
  return typeof x === 'string' && ["compute","data","model","channel","technology","customer","investor"].includes(x) ? x : DOUBT;
}

function v134(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v136(x: unknown): unknown {
  return typeof x === 'string' && ["idea","contacted","negotiating","signed","active"].includes(x) ? x : DOUBT;
}

function v135(x: unknown): unknown {
  if (x === undefined) return "idea";
  const r = v136(x);
  return r === undefined ? "idea" : r;
}

function v131(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["name","type","brings","status"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v132(input["name"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["name"] = r; }
  { const r = v133(input["type"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["type"] = r; }
  { const r = v134(input["brings"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["brings"] = r; }
  { const r = v135(input["status"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["status"] = r; }
  return out;
}

function v130(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v131(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v129(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v130(x);
  return r === undefined ? [] : r;
}

function v140(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v141(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":1},"max":{"value":240},"integer":true,"description":"Month of the projection the money arrives"});
  return 'value' in r ? r.value : DOUBT;
}

function v142(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"description":"How much is raised"});
  return 'value' in r ? r.value : DOUBT;
}

function v139(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["round","month","amount"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v140(input["round"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["round"] = r; }
  { const r = v141(input["month"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["month"] = r; }
  { const r = v142(input["amount"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["amount"] = r; }
  return out;
}

function v138(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v139(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v137(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v138(x);
  return r === undefined ? [] : r;
}

function v147(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"description":"Price of one GPU-hour"});
  return 'value' in r ? r.value : DOUBT;
}

function v148(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"description":"Prefill throughput of one GPU, input tokens a second"});
  return 'value' in r ? r.value : DOUBT;
}

function v149(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"description":"Decode throughput of one GPU, batched, output tokens a second"});
  return 'value' in r ? r.value : DOUBT;
}

function v150(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"max":{"value":1},"percent":true,"description":"Share of paid GPU time that does useful work, e.g. \"60%\""});
  return 'value' in r ? r.value : DOUBT;
}

function v152(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"integer":true,"description":"GPUs kept running whatever the load; a whole number (default 1)"});
  return 'value' in r ? r.value : DOUBT;
}

function v151(x: unknown): unknown {
  return x === undefined ? undefined : v152(x);
}

function v154(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"People and tooling to run the GPUs, a month (default 0)"});
  return 'value' in r ? r.value : DOUBT;
}

function v153(x: unknown): unknown {
  return x === undefined ? undefined : v154(x);
}

function v156(x: unknown): unknown {
  return typeof x === 'string' && ["api","self_hosted"].includes(x) ? x : DOUBT;
}

function v155(x: unknown): unknown {
  if (x === undefined) return "api";
  const r = v156(x);
  return r === undefined ? "api" : r;
}

function v146(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["gpu_hourly_price","input_tokens_per_second_per_gpu","output_tokens_per_second_per_gpu","utilization","min_gpus","ops_cost_monthly","serve_from"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v147(input["gpu_hourly_price"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["gpu_hourly_price"] = r; }
  { const r = v148(input["input_tokens_per_second_per_gpu"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["input_tokens_per_second_per_gpu"] = r; }
  { const r = v149(input["output_tokens_per_second_per_gpu"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["output_tokens_per_second_per_gpu"] = r; }
  { const r = v150(input["utilization"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["utilization"] = r; }
  { const r = v151(input["min_gpus"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["min_gpus"] = r; }
  { const r = v153(input["ops_cost_monthly"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["ops_cost_monthly"] = r; }
  { const r = v155(input["serve_from"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["serve_from"] = r; }
  return out;
}

function v145(x: unknown): unknown {
  return x === undefined ? undefined : v146(x);
}

function v160(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v161(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":1},"max":{"value":240},"integer":true,"description":"Month of the projection the run is paid"});
  return 'value' in r ? r.value : DOUBT;
}

function v163(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"description":"GPU-hours the run takes"});
  return 'value' in r ? r.value : DOUBT;
}

function v162(x: unknown): unknown {
  return x === undefined ? undefined : v163(x);
}

function v165(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"description":"Model parameters, e.g. 7e9"});
  return 'value' in r ? r.value : DOUBT;
}

function v164(x: unknown): unknown {
  return x === undefined ? undefined : v165(x);
}

function v167(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"description":"Training tokens, e.g. 2e12"});
  return 'value' in r ? r.value : DOUBT;
}

function v166(x: unknown): unknown {
  return x === undefined ? undefined : v167(x);
}

function v169(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"description":"Peak dense TFLOPS of one GPU at the training precision"});
  return 'value' in r ? r.value : DOUBT;
}

function v168(x: unknown): unknown {
  return x === undefined ? undefined : v169(x);
}

function v171(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"max":{"value":1},"percent":true,"description":"Model FLOPs utilization: share of peak the run achieves, e.g. \"40%\""});
  return 'value' in r ? r.value : DOUBT;
}

function v170(x: unknown): unknown {
  return x === undefined ? undefined : v171(x);
}

function v173(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":true},"description":"Price of one GPU-hour for this run (default: compute.self_hosting.gpu_hourly_price)"});
  return 'value' in r ? r.value : DOUBT;
}

function v172(x: unknown): unknown {
  return x === undefined ? undefined : v173(x);
}

function v159(x: unknown): unknown {
  const out = ((x: unknown): unknown => {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["what","month","gpu_hours","parameters","tokens","gpu_peak_tflops","mfu","gpu_hourly_price"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v160(input["what"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["what"] = r; }
  { const r = v161(input["month"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["month"] = r; }
  { const r = v162(input["gpu_hours"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["gpu_hours"] = r; }
  { const r = v164(input["parameters"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["parameters"] = r; }
  { const r = v166(input["tokens"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["tokens"] = r; }
  { const r = v168(input["gpu_peak_tflops"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["gpu_peak_tflops"] = r; }
  { const r = v170(input["mfu"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["mfu"] = r; }
  { const r = v172(input["gpu_hourly_price"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["gpu_hourly_price"] = r; }
  return out;
  })(x);
  if (out === DOUBT) return DOUBT;
  if (!PLAN_RULES.trainingRunWellSized(out as never)) return DOUBT;
  return out;
}

function v158(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v159(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v157(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v158(x);
  return r === undefined ? [] : r;
}

function v144(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["self_hosting","training_runs"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v145(input["self_hosting"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["self_hosting"] = r; }
  { const r = v157(input["training_runs"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["training_runs"] = r; }
  return out;
}

function v143(x: unknown): unknown {
  if (x === undefined) return {"training_runs":[]};
  const r = v144(x);
  return r === undefined ? {"training_runs":[]} : r;
}

function v175(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"description":"Customers at month 0"});
  return 'value' in r ? r.value : DOUBT;
}

function v176(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"description":"New customers won in month 1"});
  return 'value' in r ? r.value : DOUBT;
}

function v177(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":-1,"exclusive":true},"max":{"value":10},"percent":true,"description":"Monthly growth of new-customer wins, e.g. \"5%\"; at most 1000%"});
  return 'value' in r ? r.value : DOUBT;
}

function v178(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":1},"max":{"value":240},"integer":true,"description":"Months to project"});
  return 'value' in r ? r.value : DOUBT;
}

function v174(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["starting_customers","new_customers_monthly","new_customers_growth_monthly","horizon_months"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v175(input["starting_customers"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["starting_customers"] = r; }
  { const r = v176(input["new_customers_monthly"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["new_customers_monthly"] = r; }
  { const r = v177(input["new_customers_growth_monthly"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["new_customers_growth_monthly"] = r; }
  { const r = v178(input["horizon_months"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["horizon_months"] = r; }
  return out;
}

function v182(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v183(x: unknown): unknown {
  return typeof x === 'string' && ["technical","data privacy","generalization","market","competition","regulation"].includes(x) ? x : DOUBT;
}

function v184(x: unknown): unknown {
  return typeof x === 'string' && ["low","medium","high"].includes(x) ? x : DOUBT;
}

function v185(x: unknown): unknown {
  return typeof x === 'string' && ["low","medium","high"].includes(x) ? x : DOUBT;
}

function v186(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v181(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["risk","category","likelihood","impact","mitigation"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v182(input["risk"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["risk"] = r; }
  { const r = v183(input["category"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["category"] = r; }
  { const r = v184(input["likelihood"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["likelihood"] = r; }
  { const r = v185(input["impact"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["impact"] = r; }
  { const r = v186(input["mitigation"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["mitigation"] = r; }
  return out;
}

function v180(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v181(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v179(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v180(x);
  return r === undefined ? [] : r;
}

function v190(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"max":{"value":240},"integer":true,"description":"Month of the projection it is due"});
  return 'value' in r ? r.value : DOUBT;
}

function v191(x: unknown): unknown {
  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function v189(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["month","goal"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v190(input["month"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["month"] = r; }
  { const r = v191(input["goal"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["goal"] = r; }
  return out;
}

function v188(x: unknown): unknown {
  if (!Array.isArray(x) || x.length < 0) return DOUBT;
  const out: unknown[] = [];
  for (const item of x as unknown[]) { const r = v189(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }
  return out;
}

function v187(x: unknown): unknown {
  if (x === undefined) return [];
  const r = v188(x);
  return r === undefined ? [] : r;
}

function v195(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"description":"Fail when LTV:CAC is below this; 3 is the common bar"});
  return 'value' in r ? r.value : DOUBT;
}

function v194(x: unknown): unknown {
  return x === undefined ? undefined : v195(x);
}

function v197(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"description":"Fail when CAC payback takes longer, in months"});
  return 'value' in r ? r.value : DOUBT;
}

function v196(x: unknown): unknown {
  return x === undefined ? undefined : v197(x);
}

function v199(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":1},"max":{"value":240},"integer":true,"description":"Fail when the projection breaks even later than this month, or never"});
  return 'value' in r ? r.value : DOUBT;
}

function v198(x: unknown): unknown {
  return x === undefined ? undefined : v199(x);
}

function v201(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"max":{"value":240},"integer":true,"description":"Fail when cash runs out before this many months"});
  return 'value' in r ? r.value : DOUBT;
}

function v200(x: unknown): unknown {
  return x === undefined ? undefined : v201(x);
}

function v203(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"max":{"value":1},"percent":true,"description":"Fail when gross margin is below this, e.g. \"50%\""});
  return 'value' in r ? r.value : DOUBT;
}

function v202(x: unknown): unknown {
  return x === undefined ? undefined : v203(x);
}

function v205(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0,"exclusive":false},"description":"Fail when more than this must be raised beyond the planned rounds; 0: the rounds must be enough"});
  return 'value' in r ? r.value : DOUBT;
}

function v204(x: unknown): unknown {
  return x === undefined ? undefined : v205(x);
}

function v207(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"description":"Fail when the first year's burn multiple is above this; under 1.5 is good (David Sacks)"});
  return 'value' in r ? r.value : DOUBT;
}

function v206(x: unknown): unknown {
  return x === undefined ? undefined : v207(x);
}

function v209(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"max":{"value":1},"percent":true,"description":"Fail when the simulation runs out of cash in more than this share of runs, e.g. \"10%\"; needs an uncertainty: section"});
  return 'value' in r ? r.value : DOUBT;
}

function v208(x: unknown): unknown {
  return x === undefined ? undefined : v209(x);
}

function v211(x: unknown): unknown {
  return typeof x === 'boolean' ? x : DOUBT;
}

function v210(x: unknown): unknown {
  return x === undefined ? undefined : v211(x);
}

function v193(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["ltv_to_cac_min","cac_payback_months_max","break_even_month_max","runway_months_min","gross_margin_min","funding_gap_max","burn_multiple_max","cash_out_probability_max","require_default_alive"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v194(input["ltv_to_cac_min"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["ltv_to_cac_min"] = r; }
  { const r = v196(input["cac_payback_months_max"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["cac_payback_months_max"] = r; }
  { const r = v198(input["break_even_month_max"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["break_even_month_max"] = r; }
  { const r = v200(input["runway_months_min"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["runway_months_min"] = r; }
  { const r = v202(input["gross_margin_min"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["gross_margin_min"] = r; }
  { const r = v204(input["funding_gap_max"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["funding_gap_max"] = r; }
  { const r = v206(input["burn_multiple_max"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["burn_multiple_max"] = r; }
  { const r = v208(input["cash_out_probability_max"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["cash_out_probability_max"] = r; }
  { const r = v210(input["require_default_alive"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["require_default_alive"] = r; }
  return out;
}

function v192(x: unknown): unknown {
  if (x === undefined) return {};
  const r = v193(x);
  return r === undefined ? {} : r;
}

function v213(_x: unknown): unknown {
  return DOUBT;
}

function v212(x: unknown): unknown {
  return x === undefined ? undefined : v213(x);
}

function v215(_x: unknown): unknown {
  return DOUBT;
}

function v214(x: unknown): unknown {
  return x === undefined ? undefined : v215(x);
}

function v219(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":1},"max":{"value":10000000},"integer":true,"description":"How many runs the simulation makes (default 10000)"});
  return 'value' in r ? r.value : DOUBT;
}

function v218(x: unknown): unknown {
  return x === undefined ? undefined : v219(x);
}

function v221(x: unknown): unknown {
  const r = checkNumber(x, {"min":{"value":0},"max":{"value":1000000000000000},"integer":true,"description":"The seed of the simulation's random draws; the same seed gives the same results (default 1)"});
  return 'value' in r ? r.value : DOUBT;
}

function v220(x: unknown): unknown {
  return x === undefined ? undefined : v221(x);
}

function v217(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["runs","seed"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v218(input["runs"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["runs"] = r; }
  { const r = v220(input["seed"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["seed"] = r; }
  return out;
}

function v216(x: unknown): unknown {
  return x === undefined ? undefined : v217(x);
}

function v223(x: unknown): unknown {
  return x;
}

function v222(x: unknown): unknown {
  return x === undefined ? undefined : v223(x);
}

function v0(x: unknown): unknown {
  const out = ((x: unknown): unknown => {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  const known = new Set(["version","name","currency","language","market","value_proposition","target_market","revenue_model","resources","partners","funding","compute","growth","risks","milestones","checks","scenarios","uncertainty","simulation","metrics"]);
  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  { const r = v1(input["version"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["version"] = r; }
  { const r = v2(input["name"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["name"] = r; }
  { const r = v3(input["currency"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["currency"] = r; }
  { const r = v4(input["language"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["language"] = r; }
  { const r = v6(input["market"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["market"] = r; }
  { const r = v31(input["value_proposition"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["value_proposition"] = r; }
  { const r = v41(input["target_market"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["target_market"] = r; }
  { const r = v54(input["revenue_model"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["revenue_model"] = r; }
  { const r = v91(input["resources"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["resources"] = r; }
  { const r = v129(input["partners"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["partners"] = r; }
  { const r = v137(input["funding"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["funding"] = r; }
  { const r = v143(input["compute"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["compute"] = r; }
  { const r = v174(input["growth"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["growth"] = r; }
  { const r = v179(input["risks"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["risks"] = r; }
  { const r = v187(input["milestones"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["milestones"] = r; }
  { const r = v192(input["checks"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["checks"] = r; }
  { const r = v212(input["scenarios"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["scenarios"] = r; }
  { const r = v214(input["uncertainty"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["uncertainty"] = r; }
  { const r = v216(input["simulation"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["simulation"] = r; }
  { const r = v222(input["metrics"]); if (r === DOUBT) return DOUBT; if (r !== undefined) out["metrics"] = r; }
  return out;
  })(x);
  if (out === DOUBT) return DOUBT;
  if (!PLAN_RULES.computeHasWhatItNeeds(out as never)) return DOUBT;
  if (!PLAN_RULES.noWhatIfSections(out as never)) return DOUBT;
  return out;
}
