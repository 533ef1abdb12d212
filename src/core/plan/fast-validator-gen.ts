import type * as z from 'zod';
import { fastTagOf } from './fast-tags.js';
import { numberKindOf } from './fields.js';
import { planSchema } from './schema.js';

/**
 * Writes the fast validator (fast-validator.generated.ts) from the zod schema, so the schema
 * stays the one source of truth. The validator takes what the plain YAML reader gives, and
 * returns the very Plan zod would, or DOUBT wherever zod would find any problem, or wherever
 * the schema holds logic the generator cannot see (an untagged transform or refinement):
 * the caller then reads the file the full way, and zod words every problem. Run by the
 * build; a test fails when the committed file is not what this writes.
 */

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, unknown>;
  values?: unknown[];
  checks?: Array<{ _zod: { def: { check: string; minimum?: number } } }>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

class Writer {
  readonly functions: string[] = [];
  private count = 0;

  /** The name of a function that validates one node. */
  node(schema: z.ZodType): string {
    const name = `v${String(this.count++)}`;
    const body = this.body(schema);
    // A node that always doubts (a map of the author's own keys) reads nothing.
    const param = /\bx\b/.test(body) ? 'x' : '_x';
    this.functions.push(`function ${name}(${param}: unknown): unknown {\n${body}\n}`);
    return name;
  }

  private body(schema: z.ZodType): string {
    const tag = fastTagOf(schema);
    const def = defOf(schema);
    const checks = def.checks ?? [];
    const customs = checks.filter((c) => c._zod.def.check === 'custom').length;
    if (tag?.kind === 'number') return `  const r = checkNumber(x, ${JSON.stringify(tag.rule)});\n  return 'value' in r ? r.value : DOUBT;`;
    if (tag?.kind === 'text') {
      return [
        '  const y = isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;',
        "  if (typeof y !== 'string') return DOUBT;",
        '  const t = y.trim();',
        '  return t.length >= 1 ? t : DOUBT;',
      ].join('\n');
    }
    if (tag?.kind === 'version') return '  return (isDecimal(x) && x.eq(1)) || x === 1 ? 1 : DOUBT;';
    if (tag?.kind === 'rules') {
      if (customs !== tag.names.length) return '  return DOUBT;';
      const inner = this.plain(def, checks.filter((c) => c._zod.def.check !== 'custom'));
      const rules = tag.names.map((name) => `  if (!PLAN_RULES.${name}(out as never)) return DOUBT;`).join('\n');
      return `  const out = ((x: unknown): unknown => {\n${inner}\n  })(x);\n  if (out === DOUBT) return DOUBT;\n${rules}\n  return out;`;
    }
    if (tag?.kind === 'derive') {
      if (checks.length > 0 || def.type !== 'pipe' || !def.in) return '  return DOUBT;';
      return `  const r = ${this.node(def.in)}(x);\n  return r === DOUBT ? DOUBT : PLAN_DERIVES.${tag.name}(r as never);`;
    }
    if (customs > 0) return '  return DOUBT;';
    return this.plain(def, checks);
  }

  /** A node's own structure, its custom checks aside. */
  private plain(def: Def, checks: NonNullable<Def['checks']>): string {
    const kinds = checks.map((c) => c._zod.def.check);
    switch (def.type) {
      case 'object': {
        // Only strict objects: any key the schema does not name is a problem zod reports.
        if (kinds.length > 0 || !def.catchall || defOf(def.catchall).type !== 'never') return '  return DOUBT;';
        const shape = Object.entries(def.shape ?? {});
        const keys = JSON.stringify(shape.map(([key]) => key));
        const lines = [
          "  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;",
          '  const input = x as Record<string, unknown>;',
          `  const known = new Set(${keys});`,
          '  for (const key of Object.keys(input)) if (!known.has(key)) return DOUBT;',
          '  const out: Record<string, unknown> = {};',
        ];
        for (const [key, child] of shape) {
          const name = this.node(child);
          const k = JSON.stringify(key);
          lines.push(`  { const r = ${name}(input[${k}]); if (r === DOUBT) return DOUBT; if (r !== undefined) out[${k}] = r; }`);
        }
        lines.push('  return out;');
        return lines.join('\n');
      }
      case 'array': {
        const min = checks.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
        if (kinds.some((k) => k !== 'min_length') || !def.element) return '  return DOUBT;';
        const name = this.node(def.element);
        return [
          `  if (!Array.isArray(x) || x.length < ${String(min)}) return DOUBT;`,
          '  const out: unknown[] = [];',
          `  for (const item of x as unknown[]) { const r = ${name}(item); if (r === DOUBT || r === undefined) return DOUBT; out.push(r); }`,
          '  return out;',
        ].join('\n');
      }
      case 'optional':
        if (kinds.length > 0 || !def.innerType) return '  return DOUBT;';
        return `  return x === undefined ? undefined : ${this.node(def.innerType)}(x);`;
      case 'default': {
        if (kinds.length > 0 || !def.innerType) return '  return DOUBT;';
        // zod gives the default for a missing value without parsing it: a fresh copy each time.
        const inner = this.node(def.innerType);
        return `  if (x === undefined) return ${JSON.stringify(def.defaultValue)};\n  const r = ${inner}(x);\n  return r === undefined ? ${JSON.stringify(def.defaultValue)} : r;`;
      }
      case 'enum': {
        const values = Object.values(def.entries ?? {});
        if (kinds.length > 0 || values.some((v) => typeof v !== 'string')) return '  return DOUBT;';
        return `  return typeof x === 'string' && ${JSON.stringify(values)}.includes(x) ? x : DOUBT;`;
      }
      case 'string':
        if (kinds.length > 0) return '  return DOUBT;';
        return "  return typeof x === 'string' ? x : DOUBT;";
      case 'boolean':
        if (kinds.length > 0) return '  return DOUBT;';
        return "  return typeof x === 'boolean' ? x : DOUBT;";
      case 'unknown':
        if (kinds.length > 0) return '  return DOUBT;';
        return '  return x;';
      case 'pipe':
        // planMap: its first step only turns a non-map into text, which the map's own check refuses.
        if (!def.in || !def.out || fastTagOf(def.in)?.kind !== 'map' || kinds.length > 0) return '  return DOUBT;';
        return this.plain(defOf(def.out), defOf(def.out).checks ?? []);
      default:
        return '  return DOUBT;';
    }
  }
}

/**
 * Every numeric input of the plan by path, list items written `[]` (`funding[].month`), with
 * its rule and kind: the tornado clamps to the rule without loading zod. Maps whose keys the
 * author names (scenarios, ranges) hold no inputs.
 */
function numberInputs(schema: z.ZodType, prefix: string, found: Record<string, unknown>): void {
  const tag = fastTagOf(schema);
  if (tag?.kind === 'number') {
    found[prefix] = { rule: tag.rule, kind: numberKindOf(schema) ?? 'number' };
    return;
  }
  const def = defOf(schema);
  if ((def.type === 'optional' || def.type === 'default') && def.innerType) numberInputs(def.innerType, prefix, found);
  // A map whose output is derived from its input (seat pricing): the inputs are the map's own.
  else if (tag?.kind === 'derive' && def.in) numberInputs(def.in, prefix, found);
  else if (def.type === 'pipe' && def.in && def.out && fastTagOf(def.in)?.kind === 'map') numberInputs(def.out, prefix, found);
  else if (def.type === 'array' && def.element) numberInputs(def.element, `${prefix}[]`, found);
  else if (def.type === 'object') {
    // Neither what bizplan computes nor how the simulation runs is an input of the model.
    for (const [key, child] of Object.entries(def.shape ?? {})) if (key !== 'metrics' && !(prefix === '' && key === 'simulation')) numberInputs(child, prefix ? `${prefix}.${key}` : key, found);
  }
}

/** The generated module's text. */
export function generateFastValidator(schema: z.ZodType = planSchema): string {
  const writer = new Writer();
  const root = writer.node(schema);
  const inputs: Record<string, unknown> = {};
  numberInputs(schema, '', inputs);
  return `// Generated from the zod schema (src/core/plan/schema.ts) by src/core/plan/fast-validator-gen.ts,
// at build time: do not edit. A test fails when this is not what the generator writes.
import { isDecimal, NumberBeyondBounds } from '../decimal.js';
import { checkNumber, showInput } from './numbers.js';
import type { NumberRule } from './numbers.js';
import { PLAN_DERIVES, PLAN_RULES } from './plan-rules.js';

/** What the validator returns where zod would find a problem, or where it cannot be sure. */
export const DOUBT: unique symbol = Symbol('doubt');

/** The plan zod would make of \`x\`, or DOUBT. */
export function validatePlainPlan(x: unknown): unknown {
  return ${root}(x);
}

/** Each numeric input's rule and kind by path, list items as \`[]\`: \`funding[].month\`. */
export const NUMBER_INPUTS: Readonly<Record<string, { rule: NumberRule; kind: 'money' | 'rate' | 'number' }>> = ${JSON.stringify(inputs, null, 2)};

${writer.functions.join('\n\n')}
`;
}
