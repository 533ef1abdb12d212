import type * as z from 'zod';
import { fastTagOf } from './fast-tags.js';
import { numberKindOf } from './fields.js';
import { planSchema } from './schema.js';
import type { FastSpec } from './fast-validate.js';

/**
 * Writes the fast validator's spec (fast-validator.generated.ts) from the zod schema, so the
 * schema stays the one source of truth: the plan's shape as data, node by node, which
 * fast-validate.ts walks. The validator takes what the plain YAML reader gives, and returns
 * the very Plan zod would, or DOUBT wherever zod would find any problem, or wherever the
 * schema holds logic the generator cannot see (an untagged transform or refinement): the
 * caller then reads the file the full way, and zod words every problem. Run by the build; a
 * test fails when the committed file is not what this writes.
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

/** A node whose logic the generator cannot see: the validator gives up there, and zod decides. */
const DOUBTFUL: FastSpec = { kind: 'doubt' };

/** The spec of one schema node: what the validator (fast-validate.ts) checks there. */
function specOf(schema: z.ZodType): FastSpec {
  const tag = fastTagOf(schema);
  const def = defOf(schema);
  const checks = def.checks ?? [];
  const customs = checks.filter((c) => c._zod.def.check === 'custom').length;
  if (tag?.kind === 'number') return { kind: 'number', rule: tag.rule };
  if (tag?.kind === 'text') return { kind: 'text' };
  if (tag?.kind === 'version') return { kind: 'version' };
  if (tag?.kind === 'rules') {
    if (customs !== tag.names.length) return DOUBTFUL;
    return { kind: 'rules', names: [...tag.names], inner: plainSpecOf(def, checks.filter((c) => c._zod.def.check !== 'custom')) };
  }
  if (tag?.kind === 'derive') {
    if (checks.length > 0 || def.type !== 'pipe' || !def.in) return DOUBTFUL;
    return { kind: 'derive', name: tag.name, inner: specOf(def.in) };
  }
  if (customs > 0) return DOUBTFUL;
  return plainSpecOf(def, checks);
}

/** A node's own structure, its custom checks aside. */
function plainSpecOf(def: Def, checks: NonNullable<Def['checks']>): FastSpec {
  const kinds = checks.map((c) => c._zod.def.check);
  switch (def.type) {
    case 'object':
      // Only strict objects: any key the schema does not name is a problem zod reports.
      if (kinds.length > 0 || !def.catchall || defOf(def.catchall).type !== 'never') return DOUBTFUL;
      return { kind: 'object', shape: Object.entries(def.shape ?? {}).map(([key, child]) => [key, specOf(child)]) };
    case 'array': {
      const min = checks.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
      if (kinds.some((k) => k !== 'min_length') || !def.element) return DOUBTFUL;
      return { kind: 'array', min, element: specOf(def.element) };
    }
    case 'optional':
      if (kinds.length > 0 || !def.innerType) return DOUBTFUL;
      return { kind: 'optional', inner: specOf(def.innerType) };
    case 'default':
      if (kinds.length > 0 || !def.innerType) return DOUBTFUL;
      return { kind: 'default', value: def.defaultValue, inner: specOf(def.innerType) };
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (kinds.length > 0 || values.some((v) => typeof v !== 'string')) return DOUBTFUL;
      return { kind: 'enum', values: values as string[] };
    }
    case 'string':
    case 'boolean':
    case 'unknown':
      return kinds.length > 0 ? DOUBTFUL : { kind: def.type };
    case 'pipe':
      // planMap: its first step only turns a non-map into text, which the map's own check refuses.
      if (!def.in || !def.out || fastTagOf(def.in)?.kind !== 'map' || kinds.length > 0) return DOUBTFUL;
      return plainSpecOf(defOf(def.out), defOf(def.out).checks ?? []);
    default:
      return DOUBTFUL;
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
  const inputs: Record<string, unknown> = {};
  numberInputs(schema, '', inputs);
  return `// Generated from the zod schema (src/core/plan/schema.ts) by src/core/plan/fast-validator-gen.ts,
// at build time: do not edit. A test fails when this is not what the generator writes.
import type { NumberRule } from './numbers.js';
import type { FastSpec } from './fast-validate.js';

/**
 * What the fast validator (fast-validate.ts) checks, node by node: the plan schema as data. A
 * function, so that a command that only needs NUMBER_INPUTS (sensitivity) does not build it.
 */
export function planSpec(): FastSpec {
  return ${JSON.stringify(specOf(schema), null, 2).replace(/\n/g, '\n  ')};
}

/** Each numeric input's rule and kind by path, list items as \`[]\`: \`funding[].month\`. */
export const NUMBER_INPUTS: Readonly<Record<string, { rule: NumberRule; kind: 'money' | 'rate' | 'number' }>> = ${JSON.stringify(inputs, null, 2)};
`;
}
