import { DOUBT, validatePlainPlan } from './fast-validate.js';
import { readPlainYaml } from './plain-yaml.js';
import type { Plan } from './schema.js';

/**
 * The fast way to a Plan: a plain YAML plan that the validator generated from the zod
 * schema accepts as it is. Undefined for anything else (YAML the plain reader is unsure of,
 * any problem at all, anything the validator cannot be sure of), which the full loader then
 * reads, so problems are always found and worded in one place, with their line and column.
 * Loads neither the yaml library nor zod.
 */
export function loadPlainPlan(source: string): Plan | undefined {
  const value = readPlainYaml(source);
  if (value === undefined) return undefined;
  const plan = validatePlainPlan(value);
  return plan === DOUBT ? undefined : (plan as Plan);
}
