import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/core/report/markdown.js';
import { reportFor, templateWith } from '../helpers.js';

const hostile = [
  'Pipe | Co',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click me](https://evil.example)',
  '![pixel](https://evil.example/p.png)',
  'https://evil.example/autolink and www.evil.example',
  '**bold** _em_ `code` ~~strike~~',
  '# not a heading',
  '- not a list',
  '1. not a numbered list',
  '{{name}} {{#market}}x{{/market}}',
  'line one\nline two',
  'a &amp; b &lt;b&gt;',
];

const html = (markdown: string) => marked.parse(markdown, { async: false, gfm: true });

describe('escaping user text for Markdown', () => {
  for (const text of hostile) {
    it(`shows ${JSON.stringify(text)} as text`, () => {
      const rendered = html(`| a | b |\n| --- | --- |\n| ${escapeMarkdown(text)} | end |\n`);
      expect(rendered).not.toMatch(/<(a|img|script|strong|em|del|h1|ul|ol|li)[ >]/);
      // Nothing becomes code: not even a bare address, which is stopped from linking by an escape.
      expect(rendered).not.toContain('<code>');
      // The row keeps exactly two cells, the second intact.
      expect(rendered.match(/<td>/g)).toHaveLength(2);
      expect(rendered).toContain('<td>end</td>');
    });
  }

  it('keeps the characters a reader sees', () => {
    const rendered = html(escapeMarkdown('Pipe | Co & <b>'));
    expect(rendered).toBe('<p>Pipe | Co &amp; &lt;b&gt;</p>\n');
  });

  it('keeps a newline inside its table cell as a line break', () => {
    const rendered = html(`| a |\n| --- |\n| ${escapeMarkdown('one\ntwo\r\nthree')} |\n`);
    expect(rendered).toContain('<td>one<br>two<br>three</td>');
  });

  it('shows a bare address as the text typed, never as a link', () => {
    expect(escapeMarkdown('see https://x.example/a_b')).toBe('see https\\://x.example/a\\_b');
    expect(html(escapeMarkdown('see https://x.example/a_b'))).toBe('<p>see https://x.example/a_b</p>\n');
  });
});

describe('a report of a plan full of hostile text', () => {
  it('renders none of it as markup, and never as template', async () => {
    const report = await reportFor(
      await templateWith({
        name: 'Evil | <script>alert(1)</script>',
        'market.competitors': [{ name: 'A | B [x](https://evil.example)', offering: 'line one\nline two', pricing: '{{name}}' }],
        'value_proposition.core_value': '![img](https://evil.example/p.png) {{#summary}}boom{{/summary}}',
      }),
    );
    const rendered = html(report);
    expect(rendered).not.toMatch(/<script|<img|<a /);
    expect(report).toContain('| A \\| B \\[x\\](https\\://evil.example) | line one<br>line two | {{name}} |');
    expect(report).toContain('# Evil \\| \\<script\\>alert(1)\\</script\\>: business model and numbers');
    expect(report).toContain('{{\\#summary}}boom{{/summary}}');
  });
});

describe('a scenario named with hostile text', () => {
  it('heads its column and names its line as text, the table keeping its columns', async () => {
    const name = 'Bad | <b>case</b> [x](https://evil.example)';
    const report = await reportFor(
      await templateWith({ scenarios: { [name]: { description: '**loud** {{name}}', set: { 'revenue_model.cac': 12000 } } } }),
    );
    const escaped = 'Bad \\| \\<b\\>case\\</b\\> \\[x\\](https\\://evil.example)';
    expect(report).toContain(`| Figure | Base case | ${escaped} |`);
    expect(report).toContain(`- ${escaped}: \\*\\*loud\\*\\* {{name}}`);
    expect(report).toContain(`the second line is ${escaped} (`);
    const rendered = html(report);
    expect(rendered).not.toMatch(/<b>|<a /);
    expect(rendered).not.toContain('<strong>loud</strong>');
    // Every row of the scenarios table has the figure and the two cases: three cells.
    const table = rendered.slice(rendered.indexOf('<th>Figure</th>'));
    const firstRow = table.slice(table.indexOf('<tr>', table.indexOf('<tbody>')), table.indexOf('</tr>', table.indexOf('<tbody>')));
    expect(firstRow.match(/<td>/g)).toHaveLength(3);
  });
});
