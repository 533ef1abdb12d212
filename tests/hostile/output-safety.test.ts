import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { math, mathHtml } from 'micromark-extension-math';
import { describe, expect, it } from 'vitest';
import { calc } from '../../src/commands/calc.js';
import { check } from '../../src/commands/check.js';
import { diff } from '../../src/commands/diff.js';
import { schema } from '../../src/commands/schema.js';
import { printable } from '../../src/core/render/safe-text.js';
import { xyChart } from '../../src/core/report/charts.js';
import { escapeMarkdown } from '../../src/core/report/markdown.js';
import { BIN, captureOutput, tempDir, templateText, templateWith } from '../helpers.js';

const exec = promisify(execFile);

/**
 * What a terminal or a CI log viewer obeys instead of showing: C0 and C1 controls (U+009B is
 * a one-byte CSI), DEL, bidi controls and the Unicode line separators. A line break between
 * lines of output is the one control the output itself may hold.
 */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/u;
const unsafeIn = (text: string) => text.split('\n').find((line) => UNSAFE.test(line));

/** Each class of control text a plan could carry into a terminal. */
const HOSTILE: Record<string, string> = {
  'OSC 52 clipboard write': '\u001b]52;c;SGVsbG8=\u0007',
  'clear screen': '\u001b[2J\u001b[H',
  'window title': '\u001b]0;pwned\u0007',
  'bell and backspace': 'ab\u0007\b\bc',
  'carriage return over the line': 'safe\rEVIL',
  'C1 CSI': '\u009b31mred',
  'right-to-left override': 'abc\u202edcba',
  'bidi isolates and marks': '\u2066x\u2069\u200e\u200f\u061c',
  'line separator': 'one\u2028two\u2029three',
  'a newline that fakes a line': 'ok\n::error file=x::forged',
  'DEL and NUL': 'a\u007fb\u0000c',
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function bizplan(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as Run;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A folder with the template as `base.yaml` and, as `evil.yaml`, the template with plan text set to `hostile`. */
async function hostilePlans(hostile: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'base.yaml'), await templateText());
  const evil = await templateWith({
    name: `Venture ${hostile}`,
    'market.competitors': [{ name: `Rival ${hostile}`, offering: hostile, pricing: hostile }],
    'checks.ltv_to_cac_min': 9,
  });
  await writeFile(path.join(dir, 'evil.yaml'), evil);
  return dir;
}

/** A plan whose mistakes quote the hostile text: in a value, in a key, and in the currency. */
async function invalidPlan(dir: string, hostile: string): Promise<string> {
  const text = await templateWith({ currency: `X${hostile}`, version: hostile, [`bad${hostile}`]: 1 });
  await writeFile(path.join(dir, 'invalid.yaml'), text);
  return 'invalid.yaml';
}

describe('plan text never reaches a terminal as control codes', () => {
  for (const [label, hostile] of Object.entries(HOSTILE)) {
    describe(label, () => {
      it('calc: the summary shows the name with its control characters escaped', async () => {
        const dir = await hostilePlans(hostile);
        const output = captureOutput();
        await calc({ cwd: dir, plan: 'evil.yaml', write: false, output });
        expect(unsafeIn(output.stdout)).toBeUndefined();
        expect(output.stdout.split('\n')[0]).toMatch(/^Venture .*\\(x|u|n|r)[0-9a-f]*/);
      });

      it('check: text, github and junit formats, for valid and invalid plans', async () => {
        const dir = await hostilePlans(hostile);
        const invalid = await invalidPlan(dir, hostile);
        for (const format of ['text', 'github', 'junit'] as const) {
          const output = captureOutput();
          expect(await check({ cwd: dir, files: ['evil.yaml', invalid], format, output })).toBe(2);
          expect(unsafeIn(output.stdout), format).toBeUndefined();
          expect(output.stdout, format).toContain('currency');
        }
      });

      it('check --format json: parses to the very text of the plan, and prints no raw control', async () => {
        const dir = await hostilePlans(hostile);
        const invalid = await invalidPlan(dir, hostile);
        const output = captureOutput();
        await check({ cwd: dir, files: ['evil.yaml', invalid], format: 'json', output });
        expect(unsafeIn(output.stdout)).toBeUndefined();
        const parsed = JSON.parse(output.stdout) as { plans: Array<{ errors: Array<{ key: string }> }> };
        expect(parsed.plans[1]?.errors.map((e) => e.key)).toContain(`bad${hostile}`);
      });

      it('diff: the text format escapes names and changed inputs', async () => {
        const dir = await hostilePlans(hostile);
        const output = captureOutput();
        await diff({ cwd: dir, old: 'base.yaml', new: 'evil.yaml', output });
        expect(unsafeIn(output.stdout)).toBeUndefined();
        // Competitors are matched by name: the renamed ones show as removed and added.
        expect(output.stdout).toContain('  − market.competitors["Hyperscaler speech APIs (Google, AWS, Azure)"]\n');
      });

      it('errors on stderr: a bad plan, a file name from the command line, an unknown option', async () => {
        const dir = await hostilePlans(hostile);
        const invalid = await invalidPlan(dir, hostile);
        const bad = await bizplan(['calc', invalid, '--no-write'], dir);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('currency: must be an ISO 4217');
        expect(unsafeIn(bad.stderr)).toBeUndefined();
        // A command line cannot hold NUL: the rest of the text goes there.
        const arg = hostile.replace(/\0/g, '');
        // An argument with a C0 or C1 control character is refused before anything echoes it.
        const refused = Array.from(arg).some((char) => {
          const code = char.codePointAt(0) ?? 0;
          return (code < 0x20 && code !== 0x09) || (code >= 0x7f && code <= 0x9f);
        });
        const expected = (own: string) => (refused ? 'holds a line break or a control character; bizplan takes none in its arguments' : own);
        const missing = await bizplan(['calc', `missing${arg}.yaml`, '--no-write'], dir);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain(expected('missing'));
        expect(unsafeIn(missing.stderr)).toBeUndefined();
        const option = await bizplan(['calc', `--x${arg}`], dir);
        expect(option.code).toBe(2);
        expect(option.stderr).toContain(expected('unknown option'));
        expect(unsafeIn(option.stderr)).toBeUndefined();
        const metric = await bizplan(['diff', 'base.yaml', 'base.yaml', '--fail-on-worse', `ltv${arg}`], dir);
        expect(metric.code).toBe(2);
        expect(unsafeIn(metric.stderr)).toBeUndefined();
      });
    });
  }

  it('a file name with control codes, as check prints it in every format', async () => {
    const dir = await tempDir();
    const name = `plan${HOSTILE['OSC 52 clipboard write'] ?? ''}\u202e.yaml`;
    await writeFile(path.join(dir, name), await templateWith({ 'checks.ltv_to_cac_min': 9 }));
    for (const format of ['text', 'github', 'junit'] as const) {
      const output = captureOutput();
      await check({ cwd: dir, files: [name], format, output });
      expect(unsafeIn(output.stdout), format).toBeUndefined();
      expect(output.stdout, format).toContain('plan\\x1b]52;c;SGVsbG8=\\x07\\u202e.yaml');
    }
  });

  it('schema --out names the file it wrote as text', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    await schema({ cwd: dir, out: `s\u001b]0;t\u0007\u202e.json`, output });
    expect(output.stderr).toBe('Wrote s\\x1b]0;t\\x07\\u202e.json\n');
  });

  it('any text a plan can hold (generated) leaves calc, check and diff printable', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'base.yaml'), await templateText());
    const controls = fc.constantFrom(...Object.values(HOSTILE), '\u001b', '\u0007', '\b', '\r', '\u009b', '\u202e', '\u2028', 'x', ' ', 'é', '中');
    await fc.assert(
      fc.asyncProperty(fc.array(controls, { minLength: 1, maxLength: 8 }).map((parts) => `N${parts.join('')}`), async (hostile) => {
        await writeFile(path.join(dir, 'evil.yaml'), await templateWith({ name: hostile, 'risks.0.risk': hostile }));
        const outputs = [captureOutput(), captureOutput(), captureOutput()];
        await calc({ cwd: dir, plan: 'evil.yaml', write: false, output: outputs[0] });
        await check({ cwd: dir, files: ['evil.yaml'], format: 'github', output: outputs[1] });
        await diff({ cwd: dir, old: 'base.yaml', new: 'evil.yaml', output: outputs[2] });
        for (const output of outputs) expect(unsafeIn(output.stdout)).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });

  it('colors still paint the escaped text, and only the colors are escape sequences', async () => {
    const dir = await hostilePlans(HOSTILE['clear screen'] ?? '');
    const output = captureOutput();
    output.paint = new Chalk({ level: 1 });
    await calc({ cwd: dir, plan: 'evil.yaml', write: false, output });
    const first = output.stdout.split('\n')[0] ?? '';
    expect(first).toBe('\u001b[1mVenture \\x1b[2J\\x1b[H · USD\u001b[22m');
    // Every ESC left in the output starts a color (SGR) sequence that chalk wrote.
    // eslint-disable-next-line no-control-regex -- exactly the SGR sequences chalk writes
    expect(unsafeIn(output.stdout.replace(/\u001b\[\d+m/g, ''))).toBeUndefined();
  });
});

/**
 * A strict check of well-formed XML 1.0 for what junit prints (there is no XML parser among
 * the dependencies): only characters of the Char production, `&` only as an entity, no `<` in
 * an attribute, and every element closed in order.
 */
function assertWellFormedXml(xml: string): void {
  const CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
  expect(CHAR.test(xml), 'only XML characters').toBe(true);
  expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, ''), 'only entities after &').not.toContain('&');
  const body = xml.replace(/^<\?xml [^?]*\?>\n/, '');
  const open: string[] = [];
  const rest = body.replace(/<(\/?)([A-Za-z]+)((?:\s+[a-z]+="[^"<]*")*)\s*(\/?)>/g, (_all, close: string, name: string, _attrs: string, empty: string) => {
    if (close) expect(open.pop(), `closing ${name}`).toBe(name);
    else if (!empty) open.push(name);
    return '';
  });
  expect(open).toEqual([]);
  expect(rest, 'no markup left that is not a well-formed tag').not.toMatch(/[<>]/);
}

describe('junit output stays well-formed XML', () => {
  it('whatever text the plan and its file name hold', async () => {
    const dir = await tempDir();
    const chars = fc.constantFrom(...Object.values(HOSTILE), '<', '>', '&', '"', "'", ']]>', '\uFFFE', '\uFFFF', '\uD800', '\uDC00x', '\u000B', 'x', '中');
    await fc.assert(
      fc.asyncProperty(fc.array(chars, { minLength: 1, maxLength: 6 }).map((parts) => `N${parts.join('')}`), async (hostile) => {
        await writeFile(path.join(dir, 'valid.yaml'), await templateWith({ name: hostile, 'checks.ltv_to_cac_min': 9 }));
        await writeFile(path.join(dir, 'invalid.yaml'), await templateWith({ currency: hostile, [`k${hostile}`]: hostile }));
        const output = captureOutput();
        await check({ cwd: dir, files: ['valid.yaml', 'invalid.yaml', `none${hostile.replace(/\0/g, '')}*.yaml`], format: 'junit', output });
        assertWellFormedXml(output.stdout);
        expect(output.stdout).toContain('<failure type="check"');
        expect(output.stdout).toContain('<error type="invalid"');
      }),
      { numRuns: 30 },
    );
  });
});

describe('messages quote at most a short excerpt of a value', () => {
  const secret = 'wJalrXUtnFEMIK7MDENG' + 'bPxRfiCYEXAMPLEKEY0123456789abcdefghijklmnopqrstuvwxyz'.repeat(4);
  /** The longest run of the secret's characters, in order, anywhere in the text. */
  const longestRun = (text: string) => {
    let best = 0;
    for (let start = 0; start < secret.length; start++) {
      for (let end = start + best + 1; end <= secret.length && text.includes(secret.slice(start, end)); end++) best = end - start;
    }
    return best;
  };
  const files: Record<string, string> = {
    '.env': `AWS_SECRET_ACCESS_KEY=${secret}\nDB_PASSWORD=hunter2\n`,
    'secret-only.env': `${secret}\n`,
    'password.yaml': `version: ${secret}\nname: ok\ncurrency: ${secret}\npassword: hunter2\n`,
    'bad-tag.yaml': `version: 1\nname: !${secret} x\n`,
    'bad-directive.yaml': `%${secret}\n---\nversion: 1\n`,
    'bad-escape.yaml': `name: "\\q${secret}"\n`,
    'multi-line.yaml': `"first line\n  ${secret}"\n`,
  };

  for (const [file, text] of Object.entries(files)) {
    it(`${file}: check in text and github formats, and calc on stderr`, async () => {
      const dir = await tempDir();
      await writeFile(path.join(dir, file), text);
      for (const format of ['text', 'github', 'junit', 'json'] as const) {
        const output = captureOutput();
        expect(await check({ cwd: dir, files: [file], format, output })).toBe(2);
        expect(longestRun(output.stdout), `${format}: ${output.stdout}`).toBeLessThanOrEqual(20);
      }
      const run = await bizplan(['calc', file, '--no-write'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toBe('');
      expect(longestRun(run.stderr), run.stderr).toBeLessThanOrEqual(20);
    });
  }

  it('says how the value starts, and that it goes on', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, '.env'), files['.env'] ?? '');
    const output = captureOutput();
    await check({ cwd: dir, files: ['.env'], output });
    expect(output.stdout).toContain('(got "AWS_SECRET_ACCESS_KE"…)');
  });
});

/** Markdown rendered as GitHub does (GFM tables, autolink literals...) plus math, as GitHub has it. */
const gfmHtmlOf = (markdown: string) =>
  micromark(markdown, { allowDangerousHtml: true, extensions: [gfm(), math()], htmlExtensions: [gfmHtml(), mathHtml()] });

/** What a reader sees of some HTML: its text, entities decoded, `<br>` as a line break. */
function visibleText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt);/gi, (_all, entity: string) => {
      if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
      return { quot: '"', amp: '&', lt: '<', gt: '>' }[entity.toLowerCase()] ?? '';
    });
}

/** The text a reader should see: each line of it, its control characters shown as escapes. */
const shownAs = (text: string) => text.split(/\r\n?|\n/).map(printable).join('\n');
const trimLines = (text: string) => text.replace(/^[ \t]+|[ \t]+$/g, '');

/**
 * GitHub's own links, which micromark does not know: a mention (`@octocat`), an issue
 * reference (`#123`, `owner/repo#123`, `GH-123`) and math (`$x$`). Each is stopped by a
 * backslash before its `@`, `#`, `$` or `GH-`'s `-`: GitHub does not link an escaped
 * mention or reference, and documents `\$` as a dollar sign that is not math. So each of
 * those characters in the Markdown must follow an odd number of backslashes.
 */
function unescapedGithubMarks(markdown: string): string[] {
  const found: string[] = [];
  for (const match of markdown.matchAll(/(\\*)([@#$]|(?<=gh)-(?=\d))/gi)) {
    if ((match[1] ?? '').length % 2 === 0) found.push(`${match[2] ?? ''} at ${match.index}`);
  }
  return found;
}

const MARKUP = /<(a|img|code|pre|em|strong|del|h[1-6]|ul|ol|li|blockquote|input|sup|section|script|span|math|hr)[\s>/]/;

function assertShownAsText(text: string): void {
  const escaped = escapeMarkdown(text);
  expect(escaped, 'no control character in the file').not.toMatch(UNSAFE);
  expect(unescapedGithubMarks(escaped), escaped).toEqual([]);
  const table = gfmHtmlOf(`| a | b |\n| --- | --- |\n| ${escaped} | end |\n`);
  expect(table, escaped).not.toMatch(MARKUP);
  const cells = [...table.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1] ?? '');
  expect(cells, escaped).toHaveLength(2);
  expect(cells[1]).toBe('end');
  expect(trimLines(visibleText(cells[0] ?? '')), escaped).toBe(trimLines(shownAs(text)));
  const paragraph = gfmHtmlOf(`Before ${escaped} after\n`);
  expect(paragraph, escaped).not.toMatch(MARKUP);
  expect(visibleText(paragraph), escaped).toBe(`Before ${shownAs(text)} after\n`);
}

describe('plan text in Markdown (the report, diff --format markdown)', () => {
  const cases = [
    'https://evil.example/a|b inside a cell',
    'see `https://evil.example/x|y` in code',
    'evil@example.com and www.evil.example and _https://x.example_',
    'mailto:a@b.example xmpp:a@b.example ftp://x.example/',
    '$x^2$ and $$\\sum$$',
    '@octocat @org/team',
    '#123 GH-123 gh-7 owner/repo#123',
    '\u001b]52;c;SGk=\u0007 \u001b[2J \u202eevil \u009b31m',
    '<https://evil.example> <evil@example.com>',
    '[x]: https://evil.example "title"',
    '[^1] [ ] task',
    '# heading\n- item\n1. one\n> quote\n---\n===',
    '&amp; &#64; \\@ \\# \\$ \\',
    ':smile: **b** _e_ ~~s~~ ``` ` ',
  ];
  for (const text of cases) it(`shows ${JSON.stringify(text)} as the text typed`, () => {
    assertShownAsText(text);
  });

  it('any mix of Markdown-significant text (generated) stays text, in one cell, linking nothing', () => {
    const piece = fc.constantFrom(
      '|', '`', '``', '*', '_', '~', '[', ']', '(', ')', '!', '<', '>', '&', '&amp;', '&#64;', '\\', '#', '@', '$', ':', '.', '-', '+', '=',
      '1.', '2)', ' ', '\n', '\r\n', '\t', 'https://e.example/a|b', 'http://', 'HTTPS://X.EX', 'www.', 'WWW.e.com', 'evil@example.com',
      'mailto:', 'xmpp:', '@octocat', '#123', 'GH-123', 'o/r#1', '$x^2$', '$$', '\u001b', '\u0007', '\u202e', '\u009b', '\u2028',
      'a', 'Z', '9', '<br>', '<script>', '[^1]', '[ ]', '- ', '# ', '> ', '    ', '{{name}}', ':+1:', 'ftp://x.example',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }).map((parts) => parts.join('')), (text) => {
        assertShownAsText(text);
      }),
      { numRuns: 400 },
    );
  });

  it('the diff comment shows file names and changed text as text', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'base.yaml'), await templateText());
    const name = 'evil | @octocat #1 www.x.example $x$.yaml';
    await writeFile(path.join(dir, name), await templateWith({ name: 'New | @octocat #1 https://x.example/a|b $x$ \u001b[2J' }));
    const output = captureOutput();
    await diff({ cwd: dir, old: 'base.yaml', new: name, format: 'markdown', output });
    expect(unsafeIn(output.stdout)).toBeUndefined();
    expect(unescapedGithubMarks(output.stdout.replace(/^### /, ''))).toEqual([]);
    const html = gfmHtmlOf(output.stdout);
    expect(html).not.toMatch(/<a[\s>]|<code>(?!name)/);
    expect(html).toContain('<h3>bizplan diff: base.yaml → evil | @octocat #1 www.x.example $x$.yaml</h3>');
    expect(html).toContain('<td>New | @octocat #1 https://x.example/a|b $x$ \\x1b[2J</td>');
  });

  it('a Mermaid title stays one quoted line, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (title) => {
        const chart = xyChart({ title, xLabel: 'x', yLabel: 'y', months: [1], lines: [] });
        const titleLine = chart.split('\n')[2] ?? '';
        expect(chart.split('\n')).toHaveLength(6);
        expect(titleLine).toMatch(/^ {4}title "[^"]*"$/);
        expect(titleLine).not.toMatch(UNSAFE);
      }),
    );
  });
});

describe('a figure that is not finite is never printed as ∞ or Infinity', () => {
  // Each input overflows decimal.js's exponent range in one metric: LTV:CAC, or LTV itself.
  const extremes: Record<string, Record<string, unknown>> = {
    'a CAC of 1e-9000000000000000': { 'revenue_model.cac': '1e-9000000000000000' },
    'an ARPU of 9e9000000000000000': { 'revenue_model.arpu_monthly': '9e9000000000000000' },
  };
  for (const [label, changes] of Object.entries(extremes)) {
    it(`${label}: refused as out of bounds (exit 2), in every output, never shown as Infinity`, async () => {
      const dir = await tempDir();
      await writeFile(path.join(dir, 'base.yaml'), await templateText());
      // The values are written as YAML numbers, not strings.
      const text = (await templateWith(changes)).replace(/'(\d?e-?\d+)'/g, '$1');
      await writeFile(path.join(dir, 'extreme.yaml'), text);
      const runs = await Promise.all([
        bizplan(['calc', 'extreme.yaml', '--no-write'], dir),
        bizplan(['calc', 'extreme.yaml', '--no-write', '--json'], dir),
        bizplan(['check', 'extreme.yaml'], dir),
        bizplan(['check', 'extreme.yaml', '--format', 'json'], dir),
        bizplan(['diff', 'base.yaml', 'extreme.yaml'], dir),
        bizplan(['diff', 'base.yaml', 'extreme.yaml', '--format', 'markdown'], dir),
      ]);
      for (const run of runs) {
        expect(run.stdout + run.stderr).not.toMatch(/Infinity|∞/);
        expect(run.code, run.stdout + run.stderr).toBe(2);
        expect(run.stdout + run.stderr).toMatch(/must be at most 10\^15 in size|must be 0 or at least 10\^-15 in size/);
      }
    });
  }

  it('showMetrics refuses a figure that is not finite, naming it', async () => {
    const { showMetrics } = await import('../../src/core/finance/display.js');
    const { Dec } = await import('../../src/core/decimal.js');
    const { METRIC_KEYS } = await import('../../src/core/finance/metrics.js');
    const metrics = { ...Object.fromEntries(METRIC_KEYS.map((key) => [key, new Dec(1)])), default_alive: true } as Parameters<typeof showMetrics>[0];
    expect(() => showMetrics({ ...metrics, ltv_to_cac: new Dec(Infinity) })).toThrow('ltv_to_cac is Infinity');
    expect(() => showMetrics({ ...metrics, min_cash: new Dec(-Infinity) })).toThrow('min_cash is -Infinity');
    expect(showMetrics(metrics).ltv_to_cac).toBe('1');
  });
});
