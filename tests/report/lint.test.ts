import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main as markdownlint } from 'markdownlint-cli2';
import { describe, expect, it } from 'vitest';
import { LLM_TEMPLATE, ROOT, TEMPLATE, reportFor, tempDir, templateWith } from '../helpers.js';
import { checkXyChart, mermaidBlocks } from './xychart.js';

async function lint(files: string[]): Promise<string[]> {
  const errors: string[] = [];
  const code = await markdownlint({ directory: ROOT, argv: files, logMessage: () => undefined, logError: (m: string) => errors.push(m) });
  return code === 0 ? [] : errors;
}

describe('generated reports', () => {
  it('pass markdownlint: every golden, a hostile plan, a loss-making plan and the README', async () => {
    const dir = await tempDir();
    const hostile = path.join(dir, 'hostile.md');
    await writeFile(hostile, await reportFor(await templateWith({ name: '# <b>x</b> | y', 'market.trends': ['- a', '1. b', '> c'], risks: [] })));
    const losing = path.join(dir, 'losing.md');
    await writeFile(losing, await reportFor(await templateWith({ 'revenue_model.arpu_monthly': 500, 'revenue_model.cac': 0, partners: [], 'growth.horizon_months': 12 })));
    expect(await lint(['tests/golden/*.md', hostile, losing, 'README.md', 'docs/*.md'])).toEqual([]);
  });

  it('include simulate --format markdown, in both languages, with a plan name that tries to be markup', async () => {
    const { renderSimulationMarkdown } = await import('../../src/core/render/simulation.js');
    const { simulate } = await import('../../src/core/simulate/index.js');
    const { planFromText, templateText } = await import('../helpers.js');
    const { RANGES } = await import('../commands/simulate-fixtures.js');
    const dir = await tempDir();
    const files: string[] = [];
    for (const language of ['en', 'zh']) {
      const text = (await templateText()).replace(/^language: en$/m, `language: ${language}`).replace(/^name: .*$/m, 'name: "# <b>x</b> | `y`"');
      const plan = planFromText(`${text}${RANGES}`);
      const file = path.join(dir, `simulate.${language}.md`);
      // A section to append to a document (`>> docs/plan.md`), as the help shows: under its title.
      await writeFile(file, `# Plan\n\n${renderSimulationMarkdown(plan, simulate(plan, { runs: 500, seed: 1 }))}`);
      files.push(file);
    }
    expect(await lint(files)).toEqual([]);
  });

  it('draw well-formed charts, in both languages, monthly and quarterly: two, and a third with self-hosting', async () => {
    for (const [plan, language, months, charts] of [
      [TEMPLATE, 'en', 28, 2],
      [LLM_TEMPLATE, 'zh', 32, 3],
      [LLM_TEMPLATE, 'en', 32, 3],
    ] as const) {
      const blocks = mermaidBlocks(await reportFor(await readFile(plan, 'utf8'), '2026-11-29', language));
      expect(blocks).toHaveLength(charts);
      for (const block of blocks) {
        expect(checkXyChart(block)).toEqual([]);
        expect(block.match(/"\d+"/g)).toHaveLength(months);
      }
    }
  });

  it('name the break-even and cash-out months in the chart titles', async () => {
    // With $1M and no hires, planned costs or rounds, cash falls 286,661, 279,376 and 271,906 in months 1-3 and goes below zero in month 4.
    const still = { 'resources.hires': undefined, 'resources.planned_costs': undefined, funding: undefined, compute: undefined, 'revenue_model.inference.price_change_yearly': undefined };
    const blocks = mermaidBlocks(await reportFor(await templateWith({ ...still, 'resources.cash': 1000000 })));
    expect(blocks[0]).toContain('title "Revenue and total costs, USD (break-even in month 26)"');
    expect(blocks[1]).toContain('title "Cash, USD (cash goes below zero in month 4)"');
  });

  it('catch a malformed chart', () => {
    expect(checkXyChart('xychart-beta\n    title "t"\n    x-axis "Month" ["1", "2"]\n    y-axis "USD"\n    line [1, 2, 3]')).toEqual(['series of 3 against 2 months']);
  });
});
