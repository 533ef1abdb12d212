/**
 * Makes user text safe inside Markdown, in a paragraph or a table cell alike: it shows
 * as the characters typed and is never rendered as markup, a link, an image or HTML.
 */

/** Characters that start inline markup anywhere in a line. */
const INLINE = /[\\`*_[\]<>|~&]/g;
/** What starts block markup at the beginning of a line: a heading, a list item, a rule or an underline. */
const LEADING = /^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|\d{1,9}[.)](?=\s|$)|(?:-\s*){3,}$|=+\s*$)/;
/** Bare addresses that GitHub would turn into links, without the punctuation that ends a sentence or a bracket. */
const AUTOLINK = /\b(?:https?:\/\/|www\.)[^\s<>`()[\]]*[^\s<>`()[\].,;:!?'"*_~]/gi;

function escapeInline(text: string): string {
  return text.replace(INLINE, '\\$&').replace(LEADING, (_all, space: string, mark: string) => `${space}${mark.replace(/[#+=.)-]/, '\\$&')}`);
}

/** Mustache hands over whatever a view holds: text, a number, or nothing. */
export function escapeMarkdown(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(AUTOLINK)) {
    parts.push(escapeInline(text.slice(last, match.index)));
    // A code span shows an address as text and is never linked.
    parts.push(`\`${match[0]}\``);
    last = match.index + match[0].length;
  }
  parts.push(escapeInline(text.slice(last)));
  // A line break stays inside its table cell as <br>; CR LF and CR count as one.
  return parts.join('').replace(/\r\n?|\n/g, '<br>');
}
