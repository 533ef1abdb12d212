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

function isMapLike(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !isDecimal(value);
}

/**
 * The answered draft with what the wizard never asked about carried over from the start
 * plan (milestones, say), so a revision loses nothing it did not offer to change. A key a
 * question owns stays as answered, removed included.
 */
export function withUnasked(start: Draft, answered: Draft, asked: ReadonlyArray<readonly string[]>): Draft {
  const owned = new Set(asked.map((p) => p.join('\u0000')));
  const under = new Set(asked.flatMap((p) => p.slice(1).map((_, i) => p.slice(0, i + 1).join('\u0000'))));
  const carry = (from: Record<string, unknown>, into: Record<string, unknown>, at: readonly string[]): void => {
    for (const [key, value] of Object.entries(from)) {
      const id = [...at, key].join('\u0000');
      if (owned.has(id)) continue;
      if (!under.has(id)) {
        if (!(key in into)) into[key] = value;
      } else if (isMapLike(value) && isMapLike(into[key])) {
        carry(value, into[key], [...at, key]);
      }
    }
  };
  const result = { ...answered };
  carry(start, result, []);
  return result;
}
