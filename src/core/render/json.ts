/** A number whose exact decimal text goes into JSON as is, never through a float. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/**
 * A figure's exact text for JSON: as a plain number when JSON.stringify writes that number back
 * as this very text (most figures: `597.28`, `12000000`), else as a JsonNumber (`1e21` written
 * out, or more digits than a float keeps). The output is the same either way; plain numbers let
 * the whole object go through JSON.stringify without a replacer, about twice as fast.
 */
export function jsonNumber(text: string): number | JsonNumber {
  const value = Number(text);
  return Number.isFinite(value) && String(value) === text ? value : new JsonNumber(text);
}

/** Whether JSON.stringify alone would write `value` as stringifyJson does: no JsonNumber in it, and no toJSON that might give one. */
function isPlainJson(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (value instanceof JsonNumber || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return value.every(isPlainJson);
  for (const key of Object.keys(value)) if (!isPlainJson((value as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * Characters JSON may hold raw that a terminal or an editor would obey rather than show: DEL
 * and C1 controls (U+009B is a one-byte CSI), bidi controls, and the line and paragraph
 * separators. Escaped as `\uXXXX`, the JSON parses to the same data and prints safely.
 */
const RAW_UNSAFE = /[\u007F-\u009F\p{Bidi_Control}\u2028\u2029]/gu;

const escapeUnicode = (char: string) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/**
 * JSON.stringify that writes JsonNumber values as bare number literals. Data without one is
 * JSON.stringify's alone. Otherwise each JsonNumber is first written as a marked string; when
 * some key or text of the data itself holds the mark, a longer mark is taken, so plan text can
 * never pass for a number.
 */
export function stringifyJson(value: unknown, indent = 2): string {
  if (isPlainJson(value)) return JSON.stringify(value, null, indent).replace(RAW_UNSAFE, escapeUnicode);
  for (let mark = '\u0000num:'; ; mark = `${mark.slice(0, -1)}#:`) {
    const seen = { clash: false };
    const json = JSON.stringify(
      value,
      (key, v: unknown) => {
        // The key first: one holding the mark would be written `"<mark>..."` too, whatever its value.
        if (key.includes(mark) || (typeof v === 'string' && v.includes(mark))) seen.clash = true;
        return v instanceof JsonNumber ? mark + v.text : v;
      },
      indent,
    );
    if (seen.clash) continue;
    const quotedMark = JSON.stringify(mark).slice(1, -1).replace(/\\/g, '\\\\');
    return json.replace(new RegExp(`"${quotedMark}([^"]*)"`, 'g'), '$1').replace(RAW_UNSAFE, escapeUnicode);
  }
}
