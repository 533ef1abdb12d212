import Mustache from 'mustache';
import { joinAbout } from '../format.js';
import { escapeMarkdown } from './markdown.js';
import type { ReportView } from './view.js';

import { GENERATED_MARK } from './mark.js';

/**
 * Renders a report template with Mustache: logic-less, so a template cannot run code or
 * read files, and a plan's text is data, never template. Every `{{value}}` is escaped for
 * Markdown; `{{{value}}}` is for the generated Mermaid blocks only.
 */
export function renderReport(template: string, view: ReportView): string {
  const body = Mustache.render(template, view, {}, { escape: escapeMarkdown });
  // One trailing newline and no runs of blank lines, whatever the template's sections left behind.
  const tidy = joinAbout(body)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    // An empty table cell is written `| |`, as markdownlint's compact table style wants.
    .replace(/^\|.*\|$/gm, (row) => row.replace(/\| {2,}(?=\|)/g, '| '))
    .trimEnd();
  return `${tidy}\n\n${GENERATED_MARK}\n`;
}
