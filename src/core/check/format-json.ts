import { calcJsonObject } from '../render/calc-json.js';
import { JsonNumber, stringifyJson } from '../render/json.js';
import type { SimulatedCheckResult } from './simulated-check.js';
import { exitCodeFor, summarize, type CheckFormatter } from './verdict.js';

/** The calc --json object with the simulated checks after calc's, in the same shape. */
function withSimulated(entry: Record<string, unknown>, simulated: readonly SimulatedCheckResult[]): Record<string, unknown> {
  if (simulated.length === 0) return entry;
  const more = simulated.map((c) => ({ name: c.name, limit: new JsonNumber(c.limit.toString()), actual: new JsonNumber(c.actual), pass: c.pass }));
  return { ...entry, checks: [...(entry.checks as unknown[]), ...more] };
}

/**
 * Each line of a plan's JSON indented. A newline is the only line break JSON text holds raw
 * (stringifyJson escapes the rest), so this is every line start that /^/gm would find, at a
 * fraction of its cost over a thousand plans.
 */
const indent = (text: string, by: string) => by + text.replaceAll('\n', `\n${by}`);

/**
 * One object for all plans; each plan has the `calc --json` shape plus `valid` and `errors`.
 * Each plan's entry is rendered on its own and set into the whole at its indentation, so the
 * result is byte for byte what stringifying the whole object at once would give.
 */
export const jsonFormatter: CheckFormatter = {
  plan(plan) {
    const entry = plan.valid
      ? { ...withSimulated(calcJsonObject(plan.file, plan.calc), plan.simulated ?? []), valid: true, errors: [], ...(plan.stale ? { stale: plan.stale } : {}) }
      : {
          plan: plan.file,
          currency: null,
          metrics: null,
          checks: [],
          warnings: [],
          valid: false,
          // JSON escapes what it holds, so it gives the key path as written; every line a person reads clips it.
          errors: plan.problems.map((p) => ({ line: p.line, col: p.col, key: p.fullKey ?? p.key, message: p.message })),
        };
    return stringifyJson(entry);
  },
  join(verdicts) {
    const head = stringifyJson({ exitCode: exitCodeFor(verdicts), summary: summarize(verdicts) }).replace(/\n}$/, ',');
    const plans = verdicts.length === 0 ? '  "plans": []' : `  "plans": [\n${verdicts.map((v) => indent(v.fragment, '    ')).join(',\n')}\n  ]`;
    return `${head}\n${plans}\n}\n`;
  },
};
