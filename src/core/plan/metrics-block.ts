import { isAlias, isMap, isNode, isScalar, Parser, visit, type Document, type Node } from 'yaml';
import { Dec, isDecimal } from '../decimal.js';
import { METRIC_KEYS } from '../finance/metrics.js';
import type { ShownMetrics } from '../finance/display.js';
import { parseYaml } from './load.js';
import { contentEnd, endOfLine, lineStart } from './source-span.js';

export const METRICS_COMMENT = '# Written by bizplan calc from the figures above; edits here are overwritten.';

const BOM = '\uFEFF';

export function renderMetricsBlock(shown: ShownMetrics, indent: string, eol: string): string {
  const lines = METRIC_KEYS.map((key) => `${indent}  ${key}: ${shown[key] ?? 'null'}`);
  return `${indent}metrics:${eol}${lines.join(eol)}${eol}`;
}

export type SpliceResult = { ok: true; text: string } | { ok: false; reason: string };
/** The rewrites to try, best layout first: the first whose read-back leaves the plan's values alone is written. */
type Layouts = { ok: true; texts: string[] } | { ok: false; reason: string };

/** Anchors, aliases and tags in the section calc rewrites: rewriting would break what they link. */
function linkedNodes(key: unknown, value: unknown): boolean {
  const marked = (node: unknown) => isAlias(node) || (isNode(node) && !isAlias(node) && (node.anchor !== undefined || node.tag !== undefined));
  if (marked(key) || marked(value)) return true;
  let found = false;
  if (isNode(value)) {
    visit(value, (_, node) => {
      if (marked(node)) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    });
  }
  return found;
}

/** The offset of a `...` document-end marker, if the source has one: an appended section must go before it. */
function documentEnd(source: string): number | undefined {
  for (const token of new Parser().parse(source)) if (token.type === 'doc-end') return token.offset;
  return undefined;
}

/** The plan's data without its metrics, to compare the rest before and after a rewrite. */
function withoutMetrics(value: unknown): string {
  const { metrics: _metrics, ...rest } = value as Record<string, unknown>;
  return JSON.stringify(rest);
}

/**
 * The rewrite must leave one valid YAML document whose data, metrics aside, is the
 * plan's, and whose metrics read back as written; anything else is refused, not written.
 */
function verify(before: ReturnType<typeof parseYaml>, text: string, shown: ShownMetrics): string | undefined {
  const after = parseYaml(text, '');
  if (!after.ok || !before.ok) return 'writing the metrics would leave the file invalid YAML';
  if (withoutMetrics(after.value) !== withoutMetrics(before.value)) return 'writing the metrics would change other values of the plan';
  const metrics = (after.value as Record<string, unknown>).metrics as Record<string, unknown> | null;
  const readBack = METRIC_KEYS.every((key) => {
    const written = shown[key] ?? null;
    const read = metrics?.[key] ?? null;
    if (written === null || read === null) return written === read;
    // A true-or-false metric reads back as a YAML boolean.
    if (written === 'true' || written === 'false') return read === (written === 'true');
    try {
      return isDecimal(read) && new Dec(written).eq(read);
    } catch {
      return false;
    }
  });
  return readBack ? undefined : 'the metrics written would not read back as computed';
}

function layouts(source: string, document: Document.Parsed, shown: ShownMetrics): Layouts {
  const root = document.contents;
  if (!isMap(root) || root.flow) return { ok: false, reason: 'the plan must be a block-style YAML map (one "key: value" per line) for calc to write its metrics' };
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const firstKey = root.items[0]?.key;
  const rootIndent = isNode(firstKey) ? source.slice(lineStart(source, firstKey.range[0]), firstKey.range[0]).replace(BOM, '') : '';
  const indent = /^[ ]*$/.test(rootIndent) ? rootIndent : '';
  const block = renderMetricsBlock(shown, indent, eol);
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'metrics');
  if (pair) {
    if (linkedNodes(pair.key, pair.value)) {
      return {
        ok: false,
        reason: 'metrics: holds an anchor (&), an alias (*) or a tag (!), which calc would overwrite; write those values out in full elsewhere and leave metrics: plain',
      };
    }
    const key = pair.key as Node;
    const keyStart = key.range?.[0] ?? 0;
    let start = lineStart(source, keyStart);
    if (source.startsWith(BOM, start)) start += BOM.length;
    if (!/^[ ]*$/.test(source.slice(start, keyStart))) return { ok: false, reason: 'metrics: must start a line of its own for calc to rewrite it' };
    const end = endOfLine(source, (contentEnd(pair) ?? keyStart + 1) - 1);
    return { ok: true, texts: [source.slice(0, start) + block + source.slice(end)] };
  }
  const section = `${indent}${METRICS_COMMENT}${eol}${block}`;
  const marker = documentEnd(source);
  const at = marker === undefined ? source.length : lineStart(source, marker);
  const body = source.slice(0, at);
  const rest = source.slice(at);
  // A last line with no line break is ended first, so the section starts a line of its own.
  const ended = body.length === 0 || body.endsWith('\n') ? body : body + eol;
  return {
    ok: true,
    texts: [
      // Set off by a blank line, as people write sections.
      `${ended}${eol}${section}${rest}`,
      // With no blank line: after a keep-chomped block scalar (`|+`, `>+`) a blank line would join its value.
      `${ended}${section}${rest}`,
    ],
  };
}

/**
 * Writes the `metrics:` section into a plan's source text and touches nothing else:
 * comments, blank lines, key order and quoting outside the section stay byte for byte.
 * An existing section is replaced from its key's line through its last line of content;
 * a missing one is appended, before a `...` document end if there is one. Every layout is
 * read back before it is chosen: where the plan's last value is a keep-chomped block scalar
 * (`|+`, `>+`), which would take in the blank line that sets the section off, none is written.
 */
export function spliceMetrics(source: string, document: Document.Parsed, shown: ShownMetrics): SpliceResult {
  const result = layouts(source, document, shown);
  if (!result.ok) return result;
  const before = parseYaml(source, '');
  let firstProblem: string | undefined;
  for (const text of result.texts) {
    const problem = verify(before, text, shown);
    if (problem === undefined) return { ok: true, text };
    firstProblem ??= problem;
  }
  return { ok: false, reason: `${firstProblem ?? 'no layout of the metrics fits this plan'}; please report this plan as a bug` };
}
