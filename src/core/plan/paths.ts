import type * as z from 'zod';
import { nearest } from '../nearest.js';
import { keyPath } from './problems.js';
import { knownKeysAt, schemaAt } from './schema-walk.js';

/**
 * Paths name one input of a plan: its keys joined by dots, `[i]` for the i-th list item
 * (0-based), as FORMULAS.md's "Scenarios" writes them: `revenue_model.churn_monthly`,
 * `funding[0].month`. Every feature that names an input by path (`calc --set`, scenarios,
 * the uncertainty ranges, the tornado) resolves it here, so a bad path reads the same everywhere.
 */
export type PathSegment = string | number;

export interface PlanPath {
  /** The path as bizplan writes it: the same text as a problem's key. */
  text: string;
  segments: readonly PathSegment[];
}

/**
 * What is wrong with a path, as data: the English message is worded here, other languages
 * word the same data (problems-zh.ts). `parent` is '' for the plan itself.
 */
export type PathProblem =
  | { kind: 'notAPath'; text: string }
  | { kind: 'notAnInput'; key: string; why?: 'computed' | 'settings' }
  | { kind: 'notAList'; here: string; parent: string; index: number }
  | { kind: 'noSuchItem'; here: string; parent: string; items: number }
  | { kind: 'isAList'; here: string; parent: string; segment: string }
  | { kind: 'singleValue'; here: string; parent: string }
  | { kind: 'unknownInput'; here: string; parent: string; better?: string; known: readonly string[] };

export type PathResult = { ok: true; path: PlanPath } | { ok: false; message: string; problem: PathProblem };

/** A path problem in English. */
function pathMessage(p: PathProblem): string {
  const parent = 'parent' in p ? p.parent || 'the plan' : '';
  switch (p.kind) {
    case 'notAPath':
      return `${JSON.stringify(p.text)} is not a path: write the plan's keys joined by dots, with [i] for the i-th list item, e.g. funding[0].month`;
    case 'notAnInput':
      return `${p.key}: is not an input${p.why === 'computed' ? ': bizplan computes it' : p.why === 'settings' ? ': it says how the simulation runs' : ''}; name an input such as revenue_model.churn_monthly`;
    case 'notAList':
      return `${p.here}: ${parent} is not a list; leave out [${String(p.index)}]`;
    case 'noSuchItem':
      return `${p.here}: ${parent} has ${String(p.items)} item${p.items === 1 ? '' : 's'}${p.items > 0 ? ` (from [0] to [${String(p.items - 1)}])` : ''}; a path names an item that exists, or give the whole list`;
    case 'isAList':
      return `${p.here}: ${parent} is a list; name an item first, e.g. ${parent}[0].${p.segment}`;
    case 'singleValue':
      return `${p.here}: ${parent} is a single value, with no keys inside`;
    case 'unknownInput':
      return `${p.here}: unknown input${p.better ? `; did you mean ${p.better}?` : `; the keys allowed in ${parent} are: ${p.known.join(', ')}`}`;
  }
}

const failed = (problem: PathProblem): PathResult => ({ ok: false, message: pathMessage(problem), problem });

const SEGMENT = /^([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)$/;

/** Parses path text into its keys and list indexes; checks only the syntax. */
export function parsePath(text: string): PathResult {
  const segments: PathSegment[] = [];
  const parts = text.trim().split('.');
  for (const part of parts) {
    const match = SEGMENT.exec(part);
    if (!match) return failed({ kind: 'notAPath', text: text.slice(0, 60) });
    segments.push(match[1] as string);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return { ok: true, path: { text: keyPath(segments), segments } };
}

/** Keys no path may name: what bizplan computes, what only describes a scenario, and how the simulation runs. */
const NOT_INPUTS = new Set(['metrics', 'scenarios', 'uncertainty', 'simulation']);

/** Every path to a leaf of the schema, list items written `[0]`: the candidates for "did you mean". */
function leafPaths(schema: z.ZodType, prefix: PathSegment[] = [], depth = 0): string[] {
  const keys = knownKeysAt(schema, prefix);
  const item = [...prefix, 0];
  if (keys.length === 0) {
    // A list of maps continues through its first item; anything else is a leaf.
    return depth < 8 && knownKeysAt(schema, item).length > 0 ? leafPaths(schema, item, depth + 1) : [keyPath(prefix)];
  }
  return keys.filter((k) => !NOT_INPUTS.has(k)).flatMap((k) => leafPaths(schema, [...prefix, k], depth + 1));
}

const isClose = (typed: string, candidate: string) => {
  const near = nearest(typed.toLowerCase(), [candidate]);
  return near !== undefined && near.edits <= Math.max(2, Math.floor(typed.length / 3));
};

/**
 * The path most likely meant, or '' when none is clearly it: a key at the same place that
 * starts with what was typed (`churn` for `churn_monthly`) or is a close typo of it; else the
 * one input anywhere in the plan whose last key is what was typed (`churn_monthly` alone).
 */
function suggestion(schema: z.ZodType, segments: readonly PathSegment[], at: number): string {
  const level = segments.slice(0, at);
  const rest = segments.slice(at + 1);
  const wrong = String(segments[at]).toLowerCase();
  const known = knownKeysAt(schema, level).filter((k) => !NOT_INPUTS.has(k));
  const starting = known.filter((k) => k.startsWith(wrong));
  if (starting.length === 1) return keyPath([...level, starting[0] as string, ...rest]);
  const near = nearest(wrong, known);
  if (near && isClose(wrong, near.candidate)) return keyPath([...level, near.candidate, ...rest]);
  const last = String(segments.at(-1));
  const leaves = leafPaths(schema);
  const lastKey = (leaf: string) => leaf.slice(leaf.lastIndexOf('.') + 1);
  for (const matches of [(leaf: string) => lastKey(leaf) === last, (leaf: string) => isClose(last, lastKey(leaf))]) {
    const found = leaves.filter(matches);
    if (found.length === 1) return found[0] as string;
  }
  return '';
}

/**
 * Checks that a path names an input the schema allows at that place, and that each list
 * index names an item the plan has. The value at the path may be missing (an optional
 * input the plan leaves out); a list item never is: a path cannot invent one.
 */
export function resolvePath(schema: z.ZodType, plan: unknown, text: string): PathResult {
  const parsed = parsePath(text);
  if (!parsed.ok) return parsed;
  const { segments } = parsed.path;
  if (typeof segments[0] === 'string' && NOT_INPUTS.has(segments[0])) {
    const why = segments[0] === 'metrics' ? 'computed' : segments[0] === 'simulation' ? 'settings' : undefined;
    return failed({ kind: 'notAnInput', key: segments[0], why });
  }
  const isListAt = (prefix: readonly PathSegment[]) => schemaAt(schema, [...prefix, 0]) !== undefined;
  let data: unknown = plan;
  for (const [i, segment] of segments.entries()) {
    const prefix = segments.slice(0, i);
    const here = keyPath(segments.slice(0, i + 1));
    const parent = keyPath(prefix);
    if (typeof segment === 'number') {
      if (!isListAt(prefix)) return failed({ kind: 'notAList', here, parent, index: segment });
      const items = Array.isArray(data) ? data.length : 0;
      if (segment >= items) return failed({ kind: 'noSuchItem', here, parent, items });
      data = (data as unknown[])[segment];
      continue;
    }
    if (isListAt(prefix)) return failed({ kind: 'isAList', here, parent, segment });
    const known = knownKeysAt(schema, prefix);
    if (!known.includes(segment)) {
      if (known.length === 0) return failed({ kind: 'singleValue', here, parent });
      const better = suggestion(schema, segments, i);
      return failed({ kind: 'unknownInput', here, parent, ...(better ? { better } : {}), known: known.filter((k) => !NOT_INPUTS.has(k)) });
    }
    data = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[segment] : undefined;
  }
  return parsed;
}

/** A value for one input, as the plan data holds it (exact Decimals, text, lists, maps). */
export interface Override {
  path: PlanPath;
  value: unknown;
}

/**
 * The plan data with each override's value in place of the input its path names; maps on
 * the way are created when the plan leaves them out. Pure: the plan given is not changed.
 * Only the maps and lists on each path are copied; the rest is shared, as nothing changes it
 * (the tornado makes dozens of these from one plan).
 */
export function applyOverrides(plan: unknown, overrides: readonly Override[]): unknown {
  let result = plan;
  for (const { path, value } of overrides) result = withValueAt(result, path.segments, value);
  return result;
}

function withValueAt(node: unknown, segments: readonly PathSegment[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [segment, ...rest] = segments as [PathSegment, ...PathSegment[]];
  const isContainer = node !== null && typeof node === 'object';
  const copy: Record<PathSegment, unknown> | unknown[] = Array.isArray(node) ? [...(node as unknown[])] : isContainer ? { ...(node as Record<string, unknown>) } : {};
  const child = (copy as Record<PathSegment, unknown>)[segment];
  // An own property only: a path never reaches through a map's prototype.
  const own = Object.prototype.hasOwnProperty.call(copy, segment) ? child : undefined;
  (copy as Record<PathSegment, unknown>)[segment] = withValueAt(own, rest, value);
  return copy;
}

/** Whether a problem's key is at or below a path: `revenue_model.inference` covers `revenue_model.inference.x`. */
export function isWithin(key: string, path: PlanPath): boolean {
  return key === path.text || key.startsWith(`${path.text}.`) || key.startsWith(`${path.text}[`);
}
