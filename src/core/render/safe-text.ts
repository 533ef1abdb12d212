/**
 * Plan text on its way to a terminal or a CI log. A plan is untrusted input: a name may
 * hold an escape sequence that clears the screen, retitles the window or writes the
 * clipboard (OSC 52), or a bidi override that makes a line read backwards. Such
 * characters are shown, not obeyed: each becomes a visible escape such as `\x1b` or
 * `\u202e`, so the reader sees that they are there.
 */

/**
 * Control characters (C0, DEL, C1, which includes the one-byte CSI U+009B), the bidi
 * controls that reorder what follows them (U+061C, U+200E/F, U+202A-E, U+2066-9), and the
 * Unicode line and paragraph separators, which some viewers break lines on.
 */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');

/** How an unsafe character is shown: `\n`, `\x1b`, `\u202e`. */
export function escapeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return NAMED[char] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}

/**
 * Text that prints as itself: every control character escaped, and the text stays on one
 * line. A backslash is left as typed, so Windows paths read as usual; applying it twice
 * gives the same text.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

/** Characters of a value a message may quote: enough to recognise it, too few to leak a secret. */
export const EXCERPT_LENGTH = 20;

/**
 * The start of a value for a message: its first line, at most `max` characters (whole code
 * points), and whether anything was left out. A message that echoes a whole value could echo
 * a whole `.env` file into a CI log.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): { text: string; cut: boolean } {
  const line = /^[^\r\n\u2028\u2029]*/u.exec(text)?.[0] ?? '';
  const chars = Array.from(line);
  const kept = chars.slice(0, max).join('');
  return { text: kept, cut: kept.length < text.length };
}

/** A value quoted in a message: `"short value"`, or `"the first characters"…` when longer. */
export function quoteExcerpt(text: string, max = EXCERPT_LENGTH): string {
  const part = excerpt(text, max);
  return `${JSON.stringify(part.text)}${part.cut ? '…' : ''}`;
}

/**
 * A name the user wrote, such as an unknown key or an anchor: whole when short, else its first
 * characters and `…`. A key can be a pasted secret (`sk-proj-...: 1`) as well as a value can.
 * bizplan's own keys are its words and are shown whole, however long.
 */
export function clipName(name: string, max = EXCERPT_LENGTH): string {
  // Cut by length alone: a short key with a line break in it is still shown whole, escaped on its way out.
  const chars = Array.from(name);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : name;
}

/** Text of several lines made printable line by line: its `\n` line breaks are kept. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

/**
 * A message from a library that may quote the file, such as `Unresolved tag: !<...>`: every
 * run of characters without a space that is longer than an excerpt is cut to one. Words of
 * the message itself are shorter; a secret is one long run.
 */
export function clipLongWords(text: string, max = EXCERPT_LENGTH): string {
  return text.replace(/\S+/gu, (word) => (Array.from(word).length > max ? `${excerpt(word, max).text}…` : word));
}
