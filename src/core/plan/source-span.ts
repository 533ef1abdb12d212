import { isCollection, isNode, isPair } from 'yaml';

/** Helpers to find a YAML node's own lines in its source text, for edits that leave every other byte alone. */

export function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** Moves an offset past the rest of its line, so a replaced block takes its own line ending along. */
export function endOfLine(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  return newline === -1 ? source.length : newline + 1;
}

/**
 * Where a node's own text ends: its last scalar or closing bracket. The parser hangs the
 * comments and blank lines that follow a block collection on its last value (range[2],
 * `comment`); those belong to whatever comes next, so no edit of the node may take them.
 */
export function contentEnd(node: unknown): number | undefined {
  if (isPair(node)) {
    const keyEnd = isNode(node.key) ? node.key.range?.[1] : undefined;
    return Math.max(keyEnd ?? 0, contentEnd(node.value) ?? 0) || undefined;
  }
  if (!isNode(node)) return undefined;
  if (isCollection(node) && !node.flow && node.items.length > 0) return contentEnd(node.items.at(-1));
  return node.range?.[1];
}
