import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dec, isDecimal, NumberBeyondBounds } from '../../src/core/decimal.js';
import { generateFastValidator } from '../../src/core/plan/fast-validator-gen.js';
import { DOUBT, validatePlainPlan } from '../../src/core/plan/fast-validate.js';
import { readPlainYaml } from '../../src/core/plan/plain-yaml.js';
import { planSchema } from '../../src/core/plan/schema.js';
import { ROOT, templateText } from '../helpers.js';

const GENERATED = path.join(ROOT, 'src/core/plan/fast-validator.generated.ts');

describe('the fast validator generated from the zod schema', () => {
  it('is what the generator writes from the schema today (UPDATE_GENERATED=1 rewrites it)', () => {
    const text = generateFastValidator();
    if (process.env.UPDATE_GENERATED === '1') writeFileSync(GENERATED, text);
    expect(readFileSync(GENERATED, 'utf8')).toBe(text);
  });

  it('gives the plan zod gives for the example, key for key and in the same order', async () => {
    const value = readPlainYaml(await templateText());
    const fast = validatePlainPlan(value);
    expect(fast).not.toBe(DOUBT);
    const parsed = planSchema.safeParse(value);
    expect(parsed.success).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
  });
});

/** Every path to a value in a plain tree, maps and lists alike. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...at, i])));
  if (value !== null && typeof value === 'object' && !isDecimal(value)) return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...at, k])));
  return here;
}

/** A deep copy of maps and lists; Decimals and other values are immutable and shared. */
const clone = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(clone) : value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) : value;

function changed(root: unknown, at: ReadonlyArray<string | number>, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = clone(root);
  if (at.length === 0) return copy;
  const parent = at.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
  change(parent, at.at(-1) as string | number);
  return copy;
}

const canonical = (value: unknown): unknown =>
  isDecimal(value) ? `#${value.toString()}` : Array.isArray(value) ? value.map(canonical) : value !== null && typeof value === 'object' ? Object.entries(value).map(([k, v]) => [k, canonical(v)]) : value;

describe('the fast validator against zod, on plans changed at random places', () => {
  it('accepts exactly what zod accepts, and gives the same plan', () => {
    const templates = ['speech-recognition', 'llm-api', 'image-recognition', 'vertical-copilot'].map((t) => readFileSync(path.join(ROOT, `templates/plans/${t}.yaml`), 'utf8'));
    // No undefined: YAML has none; a missing key is the 'delete' change.
    const replacements = [null, '', '  ', 'text', ' padded ', 'USD', 'usd', 'en', 'zh', 'signed', true, [], {}, ['x'], { name: 'x' }, new Dec(0), new Dec(1), new Dec(-1), new Dec('0.5'), new Dec(2), new Dec(241), new Dec('1e15'), new Dec('1e-16'), new NumberBeyondBounds('1e20', 'large'), '50%', '150%', '0.5', '-1', 'lots', 1];
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...templates), fc.nat(), fc.nat({ max: replacements.length - 1 }), fc.constantFrom('replace', 'delete', 'add'), (text, pick, r, how) => {
        const plan = readPlainYaml(text);
        const all = paths(plan);
        const at = all[pick % all.length] ?? [];
        const value = changed(plan, at, (parent, key) => {
          if (how === 'delete') Reflect.deleteProperty(parent, key);
          else if (how === 'add' && !Array.isArray(parent)) parent.extra_key = replacements[r];
          else parent[key] = clone(replacements[r]);
        });
        const fast = validatePlainPlan(value);
        const zod = planSchema.safeParse(value);
        expect(fast === DOUBT, JSON.stringify(at)).toBe(!zod.success);
        if (zod.success) {
          accepted += 1;
          expect(canonical(fast)).toEqual(canonical(zod.data));
        }
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });
});
