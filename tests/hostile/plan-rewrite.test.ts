import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { calc } from '../../src/commands/calc.js';
import { Dec } from '../../src/core/decimal.js';
import { METRIC_KEYS } from '../../src/core/finance/metrics.js';
import type { ShownMetrics } from '../../src/core/finance/display.js';
import { editPlanText, sameValue } from '../../src/core/plan/edit-plan.js';
import { loadPlan, parseYaml } from '../../src/core/plan/load.js';
import { METRICS_COMMENT, renderMetricsBlock, spliceMetrics } from '../../src/core/plan/metrics-block.js';
import { UserError } from '../../src/shell/errors.js';
import { captureOutput, ROOT, tempDir, templateText } from '../helpers.js';

const TEMPLATE_NAMES = ['speech-recognition', 'llm-api', 'image-recognition', 'vertical-copilot'];
const TEMPLATES = await Promise.all(TEMPLATE_NAMES.map((name) => readFile(path.join(ROOT, 'templates/plans', `${name}.yaml`), 'utf8')));

function spliced(source: string, shown: ShownMetrics): string {
  const result = spliceMetrics(source, parseDocument(source), shown);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

const allMetrics = (value: string | null): ShownMetrics => Object.fromEntries(METRIC_KEYS.map((k) => [k, value])) as ShownMetrics;
const block = (shown: ShownMetrics, indent = '', eol = '\n') => renderMetricsBlock(shown, indent, eol);

/** A template's top-level sections, each with the comment and blank lines above its key. */
function sections(template: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let pending: string[] = [];
  for (const line of template.replace(/\n$/, '').split('\n')) {
    if (/^[A-Za-z_]/.test(line)) {
      if (current.length > 0) out.push(current);
      current = [...pending, line];
      pending = [];
    } else if (/^\s*(#.*)?$/.test(line) && !/^\s/.test(line)) {
      pending.push(line);
    } else {
      current.push(...pending, line);
      pending = [];
    }
  }
  out.push([...current, ...pending]);
  return out;
}

const metricValue = fc.constantFrom('1', '2.5', 'null', '', '"3"', '[1, 2]', '{a: 1}', '-0.25 # why', '~', 'old text');
const metricLine = fc.tuple(fc.constantFrom(...METRIC_KEYS, 'junk'), metricValue).map(([k, v]) => `  ${k}:${v === '' ? '' : ` ${v}`}`);
const interiorComment = fc.constantFrom('  # inside', '# inside at the root column', '');

/** An existing metrics section as people and older versions leave it, as lines from its key through its last content. */
const existingSection = fc.oneof(
  fc.constant<string[] | null>(null),
  fc.constantFrom<string[]>(['metrics:'], ['metrics: null'], ['metrics: ~'], ['metrics: {ltv: 1, gross_margin: 0.5}'], ['metrics: 5'], ['metrics: []'], ['metrics: {}']),
  fc
    .tuple(
      fc.constantFrom(['metrics:'], ['metrics: # note'], ['metrics:   '], ['metrics:', '  # a note on its own line'], ['metrics: # note', '# a root-column note']),
      fc.array(fc.tuple(metricLine, fc.option(interiorComment, { nil: undefined })), { minLength: 1, maxLength: 5 }),
    )
    .map(([key, lines]) => {
      // Two lines with the same key would be a duplicate-key error, not a layout.
      const unique = lines.filter(([line], i) => lines.findIndex(([other]) => other.split(':')[0] === line.split(':')[0]) === i);
      return [...key, ...unique.flatMap(([line, comment], i) => (comment === undefined || i === unique.length - 1 ? [line] : [line, comment]))];
    }),
);
/** What may follow the section: each of these belongs to the user, not to the metrics. */
const trailing = fc.array(fc.constantFrom('', '# comment for what follows', '  # indented comment after the last metric', '   ', '#'), { maxLength: 3 });
const shownMetrics = fc
  .array(fc.option(fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 })).map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`), { nil: null }), {
    minLength: METRIC_KEYS.length,
    maxLength: METRIC_KEYS.length,
  })
  .map((values) => Object.fromEntries(METRIC_KEYS.map((k, i) => [k, values[i] ?? null])) as ShownMetrics);

/** Block scalars whose chomping keeps trailing blank lines (`+`) would take in a blank line written after them. */
const KEEPING_NAMES = ['|+\n  VoiceScribe\n\n', '>+\n  VoiceScribe\n\n\n', '|+\n  VoiceScribe', '|2+\n  VoiceScribe\n\n'];
const LAST_NAMES = [...KEEPING_NAMES, '|\n  VoiceScribe\n\n', '>-\n  VoiceScribe\n', '"VoiceScribe"'];

/** The plan's data, metrics aside, to show that writing them changed nothing else. */
const valuesOf = (source: string) => {
  const parsed = parseYaml(source, 'plan.yaml');
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  const { metrics: _metrics, ...rest } = parsed.value as Record<string, unknown>;
  return JSON.stringify(rest);
};

const layout = fc.record({
  template: fc.integer({ min: 0, max: TEMPLATES.length - 1 }),
  section: existingSection,
  position: fc.nat(),
  after: trailing,
  indent: fc.constantFrom('', '  ', ' '),
  start: fc.constantFrom('', '---\n', '--- # plan\n', '%YAML 1.2\n---\n', '---\n# after the start\n\n'),
  end: fc.constantFrom('', '...\n', '...\n\n', '...\n# after the end\n', '\n# a last comment\n...\n'),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  shown: shownMetrics,
  /** `name:` moved to the end of the plan, written as a block scalar that may take in what follows it. */
  lastName: fc.constantFrom(null, ...LAST_NAMES),
});

describe('calc rewrites only the metrics: section, wherever and however it is written', () => {
  it('keeps every other byte, leaves one valid plan, reads back its figures and is a fixed point', () => {
    fc.assert(
      fc.property(layout, (l) => {
        const all = sections(TEMPLATES[l.template] ?? '');
        const parts = l.lastName === null ? all : all.filter((part) => !part.some((line) => line.startsWith('name:')));
        const at = l.position % (parts.length + 1);
        const indentLines = (lines: string[]) => lines.map((line) => (line === '' ? line : l.indent + line));
        const before = indentLines(parts.slice(0, at).flat());
        const last = l.lastName === null ? [] : `name: ${l.lastName}`.split('\n');
        const after = indentLines([...l.after, ...parts.slice(at).flat(), ...last]);
        const eol = l.crlf ? '\r\n' : '\n';
        const join = (lines: string[]) => lines.map((line) => line + eol).join('');
        const head = (l.bom ? '\uFEFF' : '') + l.start.replace(/\n/g, eol);
        const tail = l.end.replace(/\n/g, eol);
        const source = l.section
          ? head + join(before) + join(indentLines(l.section)) + join(after) + tail
          : head + join(before) + join(after) + tail;
        fc.pre(loadPlan(source, 'plan.yaml').ok);

        const text = spliced(source, l.shown);
        const written = block(l.shown, l.indent, eol);
        // (c) every byte outside the section is the user's.
        if (l.section) expect(text).toBe(head + join(before) + written + join(after) + tail);
        else {
          const section = `${l.indent}${METRICS_COMMENT}${eol}${written}`;
          // Set off by a blank line, unless the plan's last value would take that line in.
          if (l.lastName === null || !KEEPING_NAMES.includes(l.lastName)) expect(text.replace(`${eol}${section}`, '')).toBe(source);
          else expect([`${eol}${section}`, section, `${section}${eol}`].map((s) => text.replace(s, ''))).toContain(source);
        }
        // (e) every value of the plan, metrics aside, is as it was.
        expect(valuesOf(text)).toBe(valuesOf(source));
        // (a) one valid plan, (d) its figures as written.
        const loaded = loadPlan(text, 'plan.yaml');
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;
        const read = loaded.document.toJS() as { metrics: Record<string, unknown> };
        for (const key of METRIC_KEYS) expect(JSON.stringify(read.metrics[key])).toBe(JSON.stringify(l.shown[key] === null ? null : new Dec(l.shown[key]).toString()));
        // (b) a second calc changes nothing.
        expect(spliced(text, l.shown)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a comment and the blank lines after a metrics section in the middle of the plan', () => {
    const source = 'version: 1\nchecks:\n  ltv_to_cac_min: 3\nmetrics:\n  ltv: 5\n  cac: 2\n\n# comment for milestones\n\nmilestones: []\n';
    expect(spliced(source, allMetrics('1'))).toBe(`version: 1\nchecks:\n  ltv_to_cac_min: 3\n${block(allMetrics('1'))}\n# comment for milestones\n\nmilestones: []\n`);
  });

  it('keeps a comment that follows the last metric whatever its indentation, and a last metric with no value', () => {
    for (const comment of ['# c', '  # c', '    # c', '\t# c']) {
      for (const last of ['  cac:', '  cac: [1,\n    2]', '  cac: 2 # same line, inside']) {
        const source = `a: 1\nmetrics:\n  ltv: 5\n${last}\n${comment}\nb: 2\n`;
        expect(spliced(source, allMetrics('1'))).toBe(`a: 1\n${block(allMetrics('1'))}${comment}\nb: 2\n`);
      }
    }
  });

  it('replaces what is inside the section, comments between its keys included, and the comment on its key line', () => {
    const source = 'a: 1\nmetrics: # note\n  ltv: 5\n# between\n  # between, indented\n  cac: 2\nb: 2\n';
    expect(spliced(source, allMetrics('1'))).toBe(`a: 1\n${block(allMetrics('1'))}b: 2\n`);
  });

  it('writes a missing section before a document end marker, never after it', () => {
    for (const [source, at] of [
      ['a: 1\n...\n', 'a: 1\n'.length],
      ['a: 1\n...\n\n# after the end\n', 'a: 1\n'.length],
      ['---\na: 1\n# last\n...\n', '---\na: 1\n# last\n'.length],
      ['a: 1\r\n...\r\n', 'a: 1\r\n'.length],
    ] as const) {
      const eol = source.includes('\r\n') ? '\r\n' : '\n';
      const text = spliced(source, allMetrics('2'));
      expect(text).toBe(source.slice(0, at) + `${eol}${METRICS_COMMENT}${eol}${block(allMetrics('2'), '', eol)}` + source.slice(at));
      expect(parseDocument(text).errors).toEqual([]);
      expect(spliced(text, allMetrics('2'))).toBe(text);
    }
  });

  it('keeps a byte-order mark when metrics: is the first key', () => {
    expect(spliced('\uFEFFmetrics:\n  ltv: 1\na: 1\n', allMetrics('3'))).toBe(`\uFEFF${block(allMetrics('3'))}a: 1\n`);
  });

  it('refuses, with how to fix it, a section holding an anchor, an alias or a tag', () => {
    for (const source of [
      'a: *bm\nmetrics:\n  break_even_month: &bm 3\n',
      'metrics:\n  break_even_month: &bm 3\na: *bm\n',
      'x: &x 1\nmetrics:\n  ltv: *x\n',
      'metrics: &m\n  ltv: 1\na: *m\n',
      '&k metrics:\n  ltv: 1\n',
      'metrics: !!map\n  ltv: 1\n',
      'metrics:\n  ltv: !!str 1\n',
      'x: &x {ltv: 1}\nmetrics: *x\n',
    ]) {
      const result = spliceMetrics(source, parseDocument(source), allMetrics('1'));
      expect(result.ok, source).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/anchor \(&\), an alias \(\*\) or a tag \(!\).*leave metrics: plain/);
    }
  });

  it('accepts anchors and aliases outside the section', () => {
    const source = 'x: &x 1\ny: *x\nmetrics:\n  ltv: 1\nz: *x\n';
    expect(spliced(source, allMetrics('4'))).toBe(`x: &x 1\ny: *x\n${block(allMetrics('4'))}z: *x\n`);
  });
});

describe('bizplan calc on a rewritten plan', () => {
  async function calcTwice(text: string): Promise<{ once: string; twice: string; codes: number[] }> {
    const dir = await tempDir();
    const file = path.join(dir, 'bizplan.yaml');
    await writeFile(file, text);
    const first = await calc({ cwd: dir, output: captureOutput(), date: '2026-11-29' });
    const once = await readFile(file, 'utf8');
    const second = await calc({ cwd: dir, output: captureOutput(), date: '2026-11-29' });
    return { once, twice: await readFile(file, 'utf8'), codes: [first, second] };
  }

  it('still reads a plan that ends with a document end marker after calc, and calc twice leaves the same bytes', async () => {
    const source = `${await templateText()}...\n# notes after the end\n`;
    const { once, twice, codes } = await calcTwice(source);
    expect(codes).toEqual([0, 0]);
    expect(once.endsWith('...\n# notes after the end\n')).toBe(true);
    expect(once.indexOf('\nmetrics:\n')).toBeLessThan(once.indexOf('\n...\n'));
    expect(twice).toBe(once);
  });

  it('refuses a metrics section whose anchor another key uses, and leaves the file untouched', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bizplan.yaml');
    const template = await templateText();
    const checks = template.indexOf('\n# Thresholds');
    const source = `${template.slice(0, checks)}\nmetrics:\n  break_even_month: &bm 30\n${template.slice(checks).replace('break_even_month_max: 33', 'break_even_month_max: *bm')}`;
    await writeFile(file, source);
    const refused = calc({ cwd: dir, output: captureOutput() });
    await expect(refused).rejects.toThrow(/^bizplan\.yaml: metrics: holds an anchor \(&\), an alias \(\*\) or a tag \(!\), which calc would overwrite; write those values out in full elsewhere and leave metrics: plain$/);
    await expect(refused).rejects.toBeInstanceOf(UserError);
    expect(await readFile(file, 'utf8')).toBe(source);
  });
});

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };

/** Every path in a plan's data to a value of the given kind, list indexes included. */
function pathsTo(value: Json, want: (v: Json) => boolean, at: Array<string | number> = []): Array<Array<string | number>> {
  const here = want(value) ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsTo(v, want, [...at, i]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsTo(v, want, [...at, k]))];
  return here;
}

function parentOf(root: Json, path: Array<string | number>): Record<string | number, Json> {
  return path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] ?? null, root) as Record<string | number, Json>;
}

const edit = fc.oneof(
  fc.record({ op: fc.constant('set' as const), pick: fc.nat(), value: fc.oneof(fc.constantFrom('42', '3%', '0.125', 'new text', 'text: with a colon', '"quoted"', "it's", '# not a comment', 'multi\nline', ''), fc.string({ maxLength: 12 })) }),
  fc.record({ op: fc.constant('push' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('remove' as const), pick: fc.nat(), index: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), key: fc.constantFrom('added_a', 'added_b'), value: fc.constantFrom<Json>('x', { a: 1, b: ['y'] }, [1, 2]) }),
);

function applyEdit(plan: Json, e: Record<string, unknown>): void {
  const scalar = (v: Json) => v === null || typeof v !== 'object';
  switch (e.op) {
    case 'set': {
      const paths = pathsTo(plan, scalar).filter((p) => p.length > 0);
      const path = paths[(e.pick as number) % paths.length] ?? [];
      parentOf(plan, path)[path.at(-1) ?? ''] = e.value as Json;
      return;
    }
    case 'push':
    case 'remove': {
      const lists = pathsTo(plan, (v) => Array.isArray(v) && v.length > 0);
      const path = lists[(e.pick as number) % lists.length];
      if (!path) return;
      const list = parentOf(plan, [...path, 0]) as unknown as Json[];
      if (e.op === 'push') list.push(structuredClone(list[0] ?? 'item'));
      else list.splice((e.index as number) % list.length, 1);
      return;
    }
    case 'delete': {
      const keys = pathsTo(plan, () => true).filter((p) => p.length > 0 && typeof p.at(-1) === 'string' && p[0] !== 'metrics');
      const path = keys[(e.pick as number) % keys.length];
      if (path) Reflect.deleteProperty(parentOf(plan, path), path.at(-1) ?? '');
      return;
    }
    default:
      (plan as Record<string, Json>)[e.key as string] = e.value as Json;
  }
}

describe('init edits the plan it starts from, and keeps the rest of its bytes', () => {
  it('leaves a plan byte for byte when nothing changes, and writes exactly the answers when something does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TEMPLATES.length - 1 }), fc.boolean(), fc.array(edit, { maxLength: 4 }), (which, crlf, edits) => {
        const lf = TEMPLATES[which] ?? '';
        const source = crlf ? lf.replace(/\n/g, '\r\n') : lf;
        const parsed = parseYaml(source, 'plan.yaml');
        if (!parsed.ok) throw new Error('a template does not parse');
        expect(editPlanText(source, parsed.value as Record<string, unknown>)).toBe(source);
        const plan = JSON.parse(JSON.stringify(parsed.value)) as Json;
        for (const e of edits) applyEdit(plan, e);
        const text = editPlanText(source, plan as Record<string, unknown>);
        expect(text).toBeDefined();
        if (text === undefined) return;
        const back = parseYaml(text, 'plan.yaml');
        expect(back.ok && sameValue(back.value, plan)).toBe(true);
        // Editing the result towards the same answers changes nothing more.
        expect(editPlanText(text, plan as Record<string, unknown>)).toBe(text);
        if (crlf) expect(text.replace(/\r\n/g, '')).not.toContain('\n');
        // Changed values and added items never take a comment with them.
        if (edits.every((e) => e.op === 'set' || e.op === 'push' || e.op === 'add')) {
          const comments = (t: string) => t.split(/\r?\n/).filter((line) => /^\s*#/.test(line));
          expect(comments(text)).toEqual(comments(source));
        }
      }),
      { numRuns: 200 },
    );
  });
});
