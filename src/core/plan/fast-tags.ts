import type { NumberRule } from './numbers.js';
import type { PlanDeriveName, PlanRuleName } from './plan-rules.js';

/**
 * What the fast validator's generator (fast-validator-gen.ts) needs to know about a schema
 * node whose logic is a function zod cannot show it: a numeric field's rule, free text, the
 * version, or the named plan rules a refinement runs. A node with such logic and no tag is
 * left to zod: the generated validator gives up there.
 */
export type FastTag =
  | { kind: 'number'; rule: NumberRule }
  | { kind: 'text' }
  | { kind: 'version' }
  | { kind: 'rules'; names: readonly PlanRuleName[] }
  /** A transform after the checks, by the name of the plain function it runs. */
  | { kind: 'derive'; name: PlanDeriveName }
  /** planMap's step that turns anything but a plain map into text: the map's own check covers it. */
  | { kind: 'map' };

const TAGS = new WeakMap<object, FastTag>();

export function tagFast<T extends object>(schema: T, tag: FastTag): T {
  TAGS.set(schema, tag);
  return schema;
}

export function fastTagOf(schema: object): FastTag | undefined {
  return TAGS.get(schema);
}
