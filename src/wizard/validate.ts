import { planSchema } from '../core/plan/schema.js';
import { schemaAt } from '../core/plan/schema-walk.js';

/**
 * Checks one typed answer with the plan schema's own rule for its key, so the wizard
 * and `bizplan calc` can never disagree. Returns true, or the schema's message.
 * An optional key may be left empty. Pure, like every `validate` a prompt is given.
 */
export function validateAnswer(path: readonly (string | number)[], input: string, optional = false): true | string {
  if (optional && input.trim() === '') return true;
  const field = schemaAt(planSchema, path);
  if (!field) throw new Error(`no plan key at ${path.join('.')}`);
  const result = field.safeParse(input);
  return result.success ? true : (result.error.issues[0]?.message ?? 'is not valid');
}
