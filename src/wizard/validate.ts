import type * as z from 'zod';
import { planSchema } from '../core/plan/schema.js';
import { schemaAt } from '../core/plan/schema-walk.js';
import type { AnswerIssue } from '../core/i18n/problems-zh.js';

/**
 * Checks one typed answer with the plan schema's own rule for its key, so the wizard
 * and `bizplan calc` can never disagree. Returns true, or the schema's message.
 * An optional key may be left empty. Pure, like every `validate` a prompt is given.
 * `root`: the schema the path is in, for answers that are not plan keys themselves (the
 * downside's three quick answers).
 */
export function validateAnswer(
  path: readonly (string | number)[],
  input: string,
  optional = false,
  localize: (issue: AnswerIssue) => string | undefined = () => undefined,
  root: z.ZodType = planSchema,
): true | string {
  if (optional && input.trim() === '') return true;
  const field = schemaAt(root, path);
  if (!field) throw new Error(`no plan key at ${path.join('.')}`);
  const result = field.safeParse(input);
  if (result.success) return true;
  const issue = result.error.issues[0];
  if (!issue) return 'is not valid';
  return localize({ code: issue.code, message: issue.message, input, params: 'params' in issue ? issue.params : undefined }) ?? issue.message;
}
