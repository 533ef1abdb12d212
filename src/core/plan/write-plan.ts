import { Document, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { isDecimal, NumberBeyondBounds } from '../decimal.js';

const DECIMAL_TEXT = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A number goes out as a YAML number when its digits survive the trip; otherwise as quoted text, still exact. */
export function toYamlValue(value: unknown): unknown {
  if (isDecimal(value)) return toYamlValue(value.toString());
  // Only a text field can hold one in a valid plan (`name: 1e16`): it stays the text it was.
  if (value instanceof NumberBeyondBounds) return value.source;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (DECIMAL_TEXT.test(trimmed) && String(Number(trimmed)) === trimmed) return Number(trimmed);
    return value;
  }
  if (Array.isArray(value)) return value.map(toYamlValue);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toYamlValue(v)]));
  return value;
}

export interface PlanComments {
  /** Lines at the top of the file, each without its `#`. */
  header: readonly string[];
  /** A comment line above a top-level key. */
  section: (key: string) => string | undefined;
  /** A comment after a number, by its key path with list indexes left out: `resources.team.count`. */
  numberNote: (path: string) => string | undefined;
}

/**
 * A plan as YAML text people will edit: keys in the order given, numbers with their
 * exact digits, long text on one line, a comment above each section and after each number.
 */
export function renderPlanYaml(plan: Record<string, unknown>, comments: PlanComments): string {
  const doc = new Document(toYamlValue(plan));
  doc.commentBefore = comments.header.join('\n');
  const annotate = (node: unknown, path: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (path.length === 0) {
          const note = comments.section(key);
          if (note) {
            (pair.key as Node).commentBefore = note;
            (pair.key as Node).spaceBefore = true;
          }
        }
        const figure = isScalar(pair.value) && (typeof pair.value.value === 'number' || (typeof pair.value.value === 'string' && pair.value.value.endsWith('%')));
        if (figure && path.length > 0) {
          const note = comments.numberNote([...path, key].join('.'));
          if (note) (pair.value as Node).comment = ` ${note}`;
        }
        annotate(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) annotate(item, path);
    }
  };
  annotate(doc.contents, []);
  return doc.toString({ lineWidth: 0 });
}
