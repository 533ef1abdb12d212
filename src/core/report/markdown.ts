import { printable } from '../render/safe-text.js';

/**
 * Makes user text safe inside Markdown, in a paragraph or a table cell alike: it shows
 * as the characters typed and is never rendered as markup, a link, an image, HTML, math,
 * a mention or an issue reference, and its control characters show as escapes (`\x1b`).
 *
 * Every escape is a backslash before ASCII punctuation, which CommonMark shows as the
 * character alone, so the visible text is the text typed. No code span is used: GFM
 * splits a table row on `|` before it sees code spans, even inside one.
 *
 * GitHub adds, beyond GFM, mentions (`@octocat`), issue references (`#123`, `GH-123`,
 * `owner/repo#123`) and math (`$x^2$`). The `@`, `#`, `$` and the `-` of `GH-` are
 * escaped: GitHub does not turn an escaped mention or reference into a link, and
 * `\$` is its documented way to write a dollar sign that is not math. A commit SHA
 * is plain letters and digits, with nothing to escape; GitHub may still link one.
 */

/** Characters that start inline markup anywhere in a line, and GitHub's `@`, `#` and `$`. */
const INLINE = /[\\`*_[\]<>|~&@#$]/g;
/** What starts block markup at the beginning of a line: a list item, a rule or an underline (a heading's `#` is escaped above). */
const LEADING = /^(\s*)([-+](?=\s|$)|\d{1,9}[.)](?=\s|$)|(?:-\s*){3,}$|=+\s*$)/;
/**
 * The one character of each GFM autolink literal whose escape stops it: the `:` of
 * `scheme://`, `mailto:` and `xmpp:`, and the `.` of `www.`. An email address is stopped
 * by its `@`, escaped above. So is GitHub's `GH-123` by its `-`. Each is escaped wherever it
 * occurs, even inside a word: an extra escape costs nothing, a missed one makes a link.
 */
const AUTOLINK = /(?<=[a-z])(?=:\/\/)|(?<=mailto|xmpp)(?=:)|(?<=www)(?=\.)|(?<=gh)(?=-\d)/gi;

function escapeLine(line: string): string {
  return printable(line)
    .replace(INLINE, '\\$&')
    .replace(AUTOLINK, '\\')
    .replace(LEADING, (_all, space: string, mark: string) => `${space}${mark.replace(/[+=.)-]/, '\\$&')}`);
}

/** Mustache hands over whatever a view holds: text, a number, or nothing. */
export function escapeMarkdown(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  // A line break stays inside its table cell as <br>; CR LF and CR count as one.
  return text.split(/\r\n?|\n/).map(escapeLine).join('<br>');
}
