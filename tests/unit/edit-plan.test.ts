import { describe, expect, it } from 'vitest';
import { editPlanText, sameValue } from '../../src/core/plan/edit-plan.js';
import { parseYaml } from '../../src/core/plan/load.js';

function valueOf(source: string): Record<string, unknown> {
  const parsed = parseYaml(source, 'plan.yaml');
  if (!parsed.ok) throw new Error('does not parse');
  return parsed.value as Record<string, unknown>;
}

describe('editing a plan in place', () => {
  it('keeps a changed value\'s quoting, its comment and its neighbours', () => {
    const source = 'a: "x" # why\nb: \'it\'\'s\'\nc: 1 # units\n';
    expect(editPlanText(source, { a: 'y "z"', b: "that's", c: '2' })).toBe('a: "y \\"z\\"" # why\nb: \'that\'\'s\'\nc: 2 # units\n');
  });

  it('writes a value after an empty key with a space, and a block scalar as one line', () => {
    expect(editPlanText('a:\nb: 1\n', { a: 'x', b: 1 })).toBe('a: x\nb: 1\n');
    expect(editPlanText('a: >-\n  long\n  text\nb: 1\n', { a: 'short', b: 1 })).toBe('a: short\nb: 1\n');
  });

  it('takes 0.03 and "3%" as the same rate, and text with spaces around it as the same text', () => {
    expect(sameValue(valueOf('r: 0.03\n').r, '3%')).toBe(true);
    expect(sameValue('x ', ' x')).toBe(true);
    expect(sameValue(valueOf('r: 0.03\n').r, '3')).toBe(false);
    expect(editPlanText('r: 0.03 # a rate\nt: >-\n  some text\n', { r: '3%', t: 'some text' })).toBe('r: 0.03 # a rate\nt: >-\n  some text\n');
  });

  it('puts a new key after the one it follows in the answers, and removes a key with its own lines only', () => {
    const source = 'a: 1\n\n# about c\nc:\n  x: 1\n  y: 2\n# about d\nd: 4\n';
    expect(editPlanText(source, { a: 1, b: { k: 'v' }, c: { x: 1, y: 2 }, d: 4 })).toBe('a: 1\nb:\n  k: v\n\n# about c\nc:\n  x: 1\n  y: 2\n# about d\nd: 4\n');
    expect(editPlanText(source, { a: 1, c: { x: 1 }, d: 4 })).toBe('a: 1\n\n# about c\nc:\n  x: 1\n# about d\nd: 4\n');
    expect(editPlanText(source, { a: 1, d: 4 })).toBe('a: 1\n\n# about c\n# about d\nd: 4\n');
  });

  it('adds, replaces and removes list items in their own lines', () => {
    const source = 'l:\n  - name: a\n    n: 1\n  # between\n  - name: b\n    n: 2\nz: 1\n';
    expect(editPlanText(source, { l: [{ name: 'a', n: 1 }, { name: 'b', n: 2 }, { name: 'c', n: 3 }], z: 1 })).toBe(
      'l:\n  - name: a\n    n: 1\n  # between\n  - name: b\n    n: 2\n  - name: c\n    n: 3\nz: 1\n',
    );
    expect(editPlanText(source, { l: [{ name: 'a', n: 1 }], z: 1 })).toBe('l:\n  - name: a\n    n: 1\n  # between\nz: 1\n');
    expect(editPlanText(source, { l: [{ n: 1 }, { name: 'b', n: 2 }], z: 1 })).toBe('l:\n  - n: 1\n  # between\n  - name: b\n    n: 2\nz: 1\n');
    expect(editPlanText(source, { l: [], z: 1 })).toBe('l: []\nz: 1\n');
  });

  it('keeps the metrics section, which calc owns, and a root indented by spaces', () => {
    expect(editPlanText('  a: 1\n  metrics:\n    ltv: 2\n', { a: 3 })).toBe('  a: 3\n  metrics:\n    ltv: 2\n');
  });

  it('gives up, for the caller to write afresh, where an edit would change what an alias shares', () => {
    expect(editPlanText('a: &x 1\nb: *x\n', { a: 2, b: 1 })).toBeUndefined();
    expect(editPlanText('{a: 1}', { a: 2 })).toBeUndefined();
    expect(editPlanText('a: [1, 2]\n', { a: ['1', '3'] })).toBe('a:\n  - 1\n  - 3\n');
  });
});
