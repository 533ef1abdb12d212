import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../../src/core/finance/metrics.js';
import { numberKindOf } from '../../src/core/plan/fields.js';
import { parsePath } from '../../src/core/plan/paths.js';
import { planSchema } from '../../src/core/plan/schema.js';
import { knownKeysAt, schemaAt } from '../../src/core/plan/schema-walk.js';
import { TORNADO_INPUTS } from '../../src/core/whatif/sensitivity.js';
import { ROOT } from '../helpers.js';

/** The first column of the table under a `## heading`, each cell a `key` in backticks. */
async function keysUnder(heading: string): Promise<string[]> {
  const doc = await readFile(path.join(ROOT, 'docs/financial-model.md'), 'utf8');
  const start = doc.indexOf(`\n## ${heading}\n`);
  expect(start, `no section ${heading}`).toBeGreaterThan(-1);
  const section = doc.slice(start + 1).split(/\n## /)[0] as string;
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] as string);
}

describe('docs/financial-model.md says what the code does', () => {
  it('lists every metric the code computes, in its order, and no other', async () => {
    expect(await keysUnder('Metrics')).toEqual([...METRIC_KEYS]);
  });

  it('lists only inputs the plan schema has, each of them a number', async () => {
    const inputs = await keysUnder('Inputs');
    expect(inputs.length).toBeGreaterThan(15);
    for (const key of inputs) {
      const parsed = parsePath(key);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(numberKindOf(schemaAt(planSchema, parsed.path.segments)), key).toBeDefined();
    }
  });

  it('lists the inputs of the tornado in the order of the code', async () => {
    expect(await keysUnder('Scenarios and the tornado')).toEqual([...TORNADO_INPUTS]);
  });

  it('names every check of the plan under Checks, and every setting of the simulation under Simulation', async () => {
    const doc = await readFile(path.join(ROOT, 'docs/financial-model.md'), 'utf8');
    const checks = doc.slice(doc.indexOf('\n## Checks\n')).split(/\n## /)[1] as string;
    for (const key of knownKeysAt(planSchema, ['checks'])) expect(checks, key).toContain(`\`${key}`);
    expect(await keysUnder('Simulation')).toEqual(knownKeysAt(planSchema, ['simulation']).map((k) => `simulation.${k}`));
  });

  it('is linked from the README', async () => {
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('](docs/financial-model.md)');
  });
});
