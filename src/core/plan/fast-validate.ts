import { isDecimal, NumberBeyondBounds } from '../decimal.js';
import { planSpec } from './fast-validator.generated.js';
import { acceptedNumber, showInput, type NumberRule } from './numbers.js';
import { PLAN_DERIVES, PLAN_RULES, type PlanDeriveName, type PlanRuleName } from './plan-rules.js';

/**
 * The fast validator: walks the plan's spec, which the build generates from the zod schema
 * (fast-validator-gen.ts), over what the plain YAML reader gives. One small walker rather
 * than a function for each node of the schema: checking many plans in one process, V8
 * optimizes these few functions once, where it used to compile two hundred, each again on
 * every thread.
 */

/** What the validator returns where zod would find a problem, or where it cannot be sure. */
export const DOUBT: unique symbol = Symbol('doubt');

/** A schema node as the generator writes it: plain data. */
export type FastSpec =
  /** Logic the generator cannot see: zod decides. */
  | { kind: 'doubt' }
  | { kind: 'number'; rule: NumberRule }
  /** Free text: trimmed, never empty; a number is read as the text it was written as. */
  | { kind: 'text' }
  | { kind: 'version' }
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'unknown' }
  /** A node with named plan rules: its own structure, then each rule on the result. */
  | { kind: 'rules'; names: PlanRuleName[]; inner: FastSpec }
  /** A transform after the checks, by the name of the plain function it runs. */
  | { kind: 'derive'; name: PlanDeriveName; inner: FastSpec }
  /** A strict map: its keys in the schema's order, which the result keeps, as zod's does. */
  | { kind: 'object'; shape: Array<[string, FastSpec]> }
  | { kind: 'array'; min: number; element: FastSpec }
  | { kind: 'optional'; inner: FastSpec }
  | { kind: 'default'; value: unknown; inner: FastSpec }
  | { kind: 'enum'; values: string[] };

const enum Kind {
  Doubt,
  Number,
  Text,
  Version,
  String,
  Boolean,
  Unknown,
  Rules,
  Derive,
  Object,
  Array,
  Optional,
  Default,
  Enum,
}

const KINDS: Record<FastSpec['kind'], Kind> = {
  doubt: Kind.Doubt,
  number: Kind.Number,
  text: Kind.Text,
  version: Kind.Version,
  string: Kind.String,
  boolean: Kind.Boolean,
  unknown: Kind.Unknown,
  rules: Kind.Rules,
  derive: Kind.Derive,
  object: Kind.Object,
  array: Kind.Array,
  optional: Kind.Optional,
  default: Kind.Default,
  enum: Kind.Enum,
};

type Rule = (value: never) => boolean;
type Derive = (value: never) => unknown;

/** What a node holds besides its kind; each kind uses a few. */
interface NodeParts {
  rule?: NumberRule;
  /** optional, default, rules and derive: the node inside; array: the element. */
  inner?: Node;
  keys?: readonly string[];
  children?: readonly Node[];
  /** array: the fewest items. */
  min?: number;
  values?: readonly string[];
  rules?: readonly Rule[];
  derive?: Derive;
  /** default: the default itself, or as JSON when it is an object, parsed afresh each time (zod gives a fresh copy). */
  fallback?: unknown;
  fallbackText?: string;
}

/** A spec node made ready to walk. Every node has every field, so V8 sees one shape. */
class Node {
  readonly rule: NumberRule | undefined;
  readonly inner: Node | undefined;
  readonly keys: readonly string[];
  readonly children: readonly Node[];
  readonly known: ReadonlySet<string>;
  readonly min: number;
  readonly values: readonly string[];
  readonly rules: readonly Rule[];
  readonly derive: Derive | undefined;
  readonly fallback: unknown;
  readonly fallbackText: string | undefined;

  constructor(
    readonly kind: Kind,
    parts: NodeParts = {},
  ) {
    this.rule = parts.rule;
    this.inner = parts.inner;
    this.keys = parts.keys ?? [];
    this.children = parts.children ?? [];
    this.known = new Set(this.keys);
    this.min = parts.min ?? 0;
    this.values = parts.values ?? [];
    this.rules = parts.rules ?? [];
    this.derive = parts.derive;
    this.fallback = parts.fallback;
    this.fallbackText = parts.fallbackText;
  }
}

function nodeOf(spec: FastSpec): Node {
  const kind = KINDS[spec.kind];
  switch (spec.kind) {
    case 'number':
      return new Node(kind, { rule: spec.rule });
    case 'rules':
      return new Node(kind, { inner: nodeOf(spec.inner), rules: spec.names.map((name) => PLAN_RULES[name] as Rule) });
    case 'derive':
      return new Node(kind, { inner: nodeOf(spec.inner), derive: PLAN_DERIVES[spec.name] });
    case 'object':
      return new Node(kind, { keys: spec.shape.map(([key]) => key), children: spec.shape.map(([, child]) => nodeOf(child)) });
    case 'array':
      return new Node(kind, { inner: nodeOf(spec.element), min: spec.min });
    case 'optional':
      return new Node(kind, { inner: nodeOf(spec.inner) });
    case 'default': {
      const isObject = typeof spec.value === 'object' && spec.value !== null;
      return new Node(kind, { inner: nodeOf(spec.inner), fallback: spec.value, ...(isObject ? { fallbackText: JSON.stringify(spec.value) } : {}) });
    }
    case 'enum':
      return new Node(kind, { values: spec.values });
    default:
      return new Node(kind);
  }
}

function validateObject(node: Node, x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || Object.getPrototypeOf(x) !== Object.prototype) return DOUBT;
  const input = x as Record<string, unknown>;
  for (const key of Object.keys(input)) if (!node.known.has(key)) return DOUBT;
  const out: Record<string, unknown> = {};
  const { keys, children } = node;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const r = validate(children[i] as Node, input[key]);
    if (r === DOUBT) return DOUBT;
    if (r !== undefined) out[key] = r;
  }
  return out;
}

function validateArray(node: Node, x: unknown): unknown {
  if (!Array.isArray(x) || x.length < node.min) return DOUBT;
  const element = node.inner as Node;
  const out: unknown[] = [];
  for (const item of x as unknown[]) {
    const r = validate(element, item);
    if (r === DOUBT || r === undefined) return DOUBT;
    out.push(r);
  }
  return out;
}

function validateText(x: unknown): unknown {
  const y = typeof x === 'string' ? x : isDecimal(x) || x instanceof NumberBeyondBounds ? showInput(x) : x;
  if (typeof y !== 'string') return DOUBT;
  const t = y.trim();
  return t.length >= 1 ? t : DOUBT;
}

function validateRules(node: Node, x: unknown): unknown {
  const out = validate(node.inner as Node, x);
  if (out === DOUBT) return DOUBT;
  for (const rule of node.rules) if (!rule(out as never)) return DOUBT;
  return out;
}

const freshDefault = (node: Node): unknown => (node.fallbackText === undefined ? node.fallback : JSON.parse(node.fallbackText));

function validate(node: Node, x: unknown): unknown {
  switch (node.kind) {
    case Kind.Number:
      return acceptedNumber(x, node.rule as NumberRule) ?? DOUBT;
    case Kind.Text:
      return validateText(x);
    case Kind.Version:
      return (isDecimal(x) && x.eq(1)) || x === 1 ? 1 : DOUBT;
    case Kind.String:
      return typeof x === 'string' ? x : DOUBT;
    case Kind.Boolean:
      return typeof x === 'boolean' ? x : DOUBT;
    case Kind.Unknown:
      return x;
    case Kind.Rules:
      return validateRules(node, x);
    case Kind.Derive: {
      const r = validate(node.inner as Node, x);
      return r === DOUBT ? DOUBT : (node.derive as Derive)(r as never);
    }
    case Kind.Object:
      return validateObject(node, x);
    case Kind.Array:
      return validateArray(node, x);
    case Kind.Optional:
      return x === undefined ? undefined : validate(node.inner as Node, x);
    case Kind.Default: {
      if (x === undefined) return freshDefault(node);
      const r = validate(node.inner as Node, x);
      return r === undefined ? freshDefault(node) : r;
    }
    case Kind.Enum:
      return typeof x === 'string' && node.values.includes(x) ? x : DOUBT;
    default:
      return DOUBT;
  }
}

let root: Node | undefined;

/** The plan zod would make of `x`, or DOUBT. */
export function validatePlainPlan(x: unknown): unknown {
  root ??= nodeOf(planSpec());
  return validate(root, x);
}
