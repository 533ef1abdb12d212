import { Dec, isDecimal, NumberBeyondBounds } from '../core/decimal.js';

/** The plan as it is being answered: plain data shaped like the plan, values as typed. */
export type Draft = Record<string, unknown>;

export function getIn(draft: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), draft);
}

/** Sets a value at a path, creating maps on the way; undefined removes the key. */
export function setIn(draft: Draft, path: readonly string[], value: unknown): void {
  let node: Record<string, unknown> = draft;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path.at(-1) as string;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
}

/** A value as the wizard offers it for editing: rates as percents, numbers as their exact digits. */
export function displayValue(value: unknown, percent: boolean): string {
  if (value === undefined || value === null) return '';
  if (value instanceof NumberBeyondBounds) return value.source;
  if (isDecimal(value) || typeof value === 'number') {
    const d = new Dec(value.toString());
    return percent ? `${d.mul(100).toString()}%` : d.toString();
  }
  if (typeof value === 'string') {
    // A fraction typed as text ("0.025") still shows as a percent where one is expected.
    if (percent && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*$/.test(value)) return `${new Dec(value).mul(100).toString()}%`;
    return value;
  }
  return '';
}
