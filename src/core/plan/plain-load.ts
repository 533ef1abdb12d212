import { readPlainYaml } from './plain-yaml.js';
import { planSchema, type Plan } from './schema.js';

/**
 * The fast way to a Plan: a plain YAML plan the schema accepts as it is. Undefined for
 * anything else (YAML the plain reader is unsure of, or any problem at all), which the
 * full loader then reads, so problems are always found and worded in one place, with
 * their line and column. Loads neither the yaml library nor anything it needs.
 */
export function loadPlainPlan(source: string, options: { jit?: boolean } = {}): Plan | undefined {
  const value = readPlainYaml(source);
  if (value === undefined) return undefined;
  const result = planSchema.safeParse(value, { jitless: !options.jit });
  return result.success ? result.data : undefined;
}
