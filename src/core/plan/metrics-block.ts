import { isMap, isScalar, type Document } from 'yaml';
import { METRIC_KEYS } from '../finance/metrics.js';
import type { ShownMetrics } from '../finance/display.js';

export const METRICS_COMMENT = '# Written by bizplan calc from the figures above; edits here are overwritten.';

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** Moves an offset past the rest of its line, so a replaced block takes its own line ending along. */
function endOfLine(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  return newline === -1 ? source.length : newline + 1;
}

export function renderMetricsBlock(shown: ShownMetrics, indent: string, eol: string): string {
  const lines = METRIC_KEYS.map((key) => `${indent}  ${key}: ${shown[key] ?? 'null'}`);
  return `${indent}metrics:${eol}${lines.join(eol)}${eol}`;
}

export type SpliceResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Writes the `metrics:` section into a plan's source text and touches nothing else:
 * comments, blank lines, key order and quoting outside the section stay byte for byte.
 * An existing section is replaced through the end of its last line; a missing one is appended.
 */
export function spliceMetrics(source: string, document: Document.Parsed, shown: ShownMetrics): SpliceResult {
  const root = document.contents;
  if (!isMap(root) || root.flow) return { ok: false, reason: 'the plan must be a block-style YAML map (one "key: value" per line) for calc to write its metrics' };
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const firstKey = root.items[0]?.key;
  const rootIndent = firstKey ? source.slice(lineStart(source, firstKey.range[0]), firstKey.range[0]) : '';
  const indent = /^[ ]*$/.test(rootIndent) ? rootIndent : '';
  const block = renderMetricsBlock(shown, indent, eol);
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'metrics');
  if (pair) {
    const key = pair.key;
    const value = pair.value;
    const start = lineStart(source, key.range[0]);
    const end = endOfLine(source, Math.max(key.range[2], value?.range[2] ?? 0) - 1);
    return { ok: true, text: source.slice(0, start) + block + source.slice(end) };
  }
  const body = source.length === 0 || source.endsWith('\n') ? source : source + eol;
  return { ok: true, text: `${body}${eol}${indent}${METRICS_COMMENT}${eol}${block}` };
}
