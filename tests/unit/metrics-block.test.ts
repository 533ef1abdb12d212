import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { calculate } from '../../src/core/calculate.js';
import { METRIC_KEYS } from '../../src/core/finance/metrics.js';
import type { ShownMetrics } from '../../src/core/finance/display.js';
import { spliceMetrics } from '../../src/core/plan/metrics-block.js';
import { planFromText, templateText } from '../helpers.js';

function splice(source: string, shown: ShownMetrics): string {
  const result = spliceMetrics(source, parseDocument(source), shown);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

const someMetrics = (value: string | null): ShownMetrics => Object.fromEntries(METRIC_KEYS.map((k) => [k, value])) as ShownMetrics;

describe('writing the metrics: section', () => {
  it('appends the section to a plan without one and leaves every byte before it alone', async () => {
    const source = await templateText();
    const shown = calculate(planFromText(source)).shown;
    const text = splice(source, shown);
    expect(text.startsWith(source)).toBe(true);
    expect(text.slice(source.length)).toBe(
      '\n# Written by bizplan calc from the figures above; edits here are overwritten.\nmetrics:\n' +
        METRIC_KEYS.map((k) => `  ${k}: ${shown[k] ?? 'null'}\n`).join(''),
    );
    expect(parseDocument(text).toJS().metrics.ltv).toBe(48108.8);
    // A true-or-false metric is a YAML boolean, not text.
    expect(parseDocument(text).toJS().metrics.default_alive).toBe(shown.default_alive === 'true');
    expect(typeof parseDocument(text).toJS().metrics.default_alive).toBe('boolean');
  });

  it('is idempotent: splicing the same figures twice gives the same bytes', async () => {
    const source = await templateText();
    const shown = calculate(planFromText(source)).shown;
    const once = splice(source, shown);
    expect(splice(once, shown)).toBe(once);
  });

  it('replaces an existing section in the middle and keeps what follows, comments included', () => {
    const source = 'version: 1 # v\n\nmetrics:   # old\n  ltv: 5\n  junk: [1, 2]\n\n# Thresholds\nchecks:\n  ltv_to_cac_min: 3\n';
    const text = splice(source, someMetrics('1'));
    expect(text).toBe(
      'version: 1 # v\n\nmetrics:\n' + METRIC_KEYS.map((k) => `  ${k}: 1\n`).join('') + '\n# Thresholds\nchecks:\n  ltv_to_cac_min: 3\n',
    );
  });

  it('replaces an empty or flow-style section', () => {
    expect(splice('a: 1\nmetrics:\nb: 2\n', someMetrics(null))).toBe(`a: 1\nmetrics:\n${METRIC_KEYS.map((k) => `  ${k}: null\n`).join('')}b: 2\n`);
    expect(splice('a: 1\nmetrics: {ltv: 1}\n', someMetrics('2'))).toBe(`a: 1\nmetrics:\n${METRIC_KEYS.map((k) => `  ${k}: 2\n`).join('')}`);
  });

  it('keeps Windows line endings, a missing final newline and a byte-order mark', () => {
    const crlf = splice('\uFEFFa: 1\r\nb: 2', someMetrics('3'));
    expect(crlf.startsWith('\uFEFFa: 1\r\nb: 2\r\n\r\n# Written')).toBe(true);
    expect(crlf.endsWith(`  gpus_end: 3\r\n`)).toBe(true);
    expect(crlf.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('ends the section at its last line of content, not at the comments the parser hangs on it', () => {
    const tail = '  # said of what follows\n\n# Milestones\nmilestones: []\n';
    for (const section of ['metrics:\n  ltv: 5\n  cac:\n', 'metrics:\n  ltv: {a: 1}\n', 'metrics: null\n', 'metrics:\n', 'metrics: 5\n']) {
      expect(splice(`a: 1\n${section}${tail}`, someMetrics('1'))).toBe(`a: 1\nmetrics:\n${METRIC_KEYS.map((k) => `  ${k}: 1\n`).join('')}${tail}`);
    }
  });

  it('keeps the indentation of an indented plan', () => {
    expect(splice('  a: 1\n  metrics:\n    ltv: 5\n  b: 2\n', someMetrics('1'))).toBe(`  a: 1\n  metrics:\n${METRIC_KEYS.map((k) => `    ${k}: 1\n`).join('')}  b: 2\n`);
  });

  it('refuses figures that would not read back as written, rather than write them', () => {
    const result = spliceMetrics('a: 1\n', parseDocument('a: 1\n'), someMetrics('[oops'));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^writing the metrics would leave the file invalid YAML; please report/) as unknown });
    const text = spliceMetrics('a: 1\n', parseDocument('a: 1\n'), someMetrics('abc'));
    expect(text).toEqual({ ok: false, reason: expect.stringMatching(/^the metrics written would not read back as computed/) as unknown });
  });

  it('refuses a flow-style plan rather than corrupt it', () => {
    const source = '{version: 1}';
    expect(spliceMetrics(source, parseDocument(source) as never, someMetrics('1')).ok).toBe(false);
  });

  it('never changes a byte outside the section, whatever surrounds it', () => {
    const line = fc.oneof(
      fc.constantFrom('# a comment', '', '   ', '# metrics: not this one', 'x: "quoted # not a comment"'),
      fc.stringMatching(/^[a-z]{1,8}: [a-z0-9 ]{0,12}$/),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.array(line, { maxLength: 6 }), fc.boolean(), (before, after, hasSection) => {
        const unique = (lines: string[], tag: string) => lines.map((l, i) => l.replace(/^([a-z]+):/, `$1_${tag}${i}:`));
        const head = unique(before, 'h').join('\n') + (before.length ? '\n' : '');
        const tail = unique(after, 't').join('\n') + (after.length ? '\n' : '');
        const source = hasSection ? `${head}metrics:\n  old: 1\n${tail}` : `${head}${tail}`;
        fc.pre(parseDocument(source).errors.length === 0 && (source.trim() === '' || parseDocument(source).contents !== null));
        const doc = parseDocument(source);
        fc.pre(doc.contents !== null && typeof doc.toJS() === 'object');
        const text = splice(source, someMetrics('7'));
        if (hasSection) {
          expect(text.startsWith(head)).toBe(true);
          expect(text.endsWith(tail)).toBe(true);
        } else {
          expect(text.startsWith(source)).toBe(true);
        }
        expect(parseDocument(text).toJS().metrics.ltv).toBe(7);
        expect(splice(text, someMetrics('7'))).toBe(text);
      }),
    );
  });
});

describe('appending the metrics: section never changes a value of the plan', () => {
  const section = (eol = '\n') =>
    `# Written by bizplan calc from the figures above; edits here are overwritten.${eol}metrics:${eol}${METRIC_KEYS.map((k) => `  ${k}: 1${eol}`).join('')}`;
  const nameOf = (text: string) => (parseDocument(text).toJS() as { name: string }).name;

  it.each([
    ['a keep-chomped literal', 'a: 1\nname: |+\n  VoiceScribe\n\n', 'a: 1\nname: |+\n  VoiceScribe\n\n' + section()],
    ['a keep-chomped folded scalar', 'a: 1\nname: >+\n  VoiceScribe\n\n\n', 'a: 1\nname: >+\n  VoiceScribe\n\n\n' + section()],
    ['a keep-chomped scalar before a document end', 'a: 1\nname: |+\n  VoiceScribe\n\n...\n', 'a: 1\nname: |+\n  VoiceScribe\n\n' + section() + '...\n'],
    ['a keep-chomped scalar with CRLF line ends', 'a: 1\r\nname: |+\r\n  VoiceScribe\r\n\r\n', 'a: 1\r\nname: |+\r\n  VoiceScribe\r\n\r\n' + section('\r\n')],
    // The file's end closes the scalar's last line as a line break would: one is added, and no blank line.
    ['a keep-chomped scalar at the end of a file with no final line break', 'a: 1\nname: |+\n  VoiceScribe', 'a: 1\nname: |+\n  VoiceScribe\n' + section()],
  ])('after %s', (_, source, expected) => {
    const text = splice(source, someMetrics('1'));
    expect(text).toBe(expected);
    expect(nameOf(text)).toBe(nameOf(source));
    expect(splice(text, someMetrics('1'))).toBe(text);
  });
});
