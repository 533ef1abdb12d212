import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wizardZh } from '../../src/core/i18n/wizard-zh.js';
import { ROOT } from '../helpers.js';

/** A half-width bracket or punctuation mark touching a Chinese character: Chinese text takes full-width ones. */
const HALF_WIDTH_BY_HAN = /\p{Script=Han}[(),;!?]|[(),;!?]\p{Script=Han}|\p{Script=Han}:(?! )/u;

/** Every Chinese text bizplan writes from source: the catalogs, the Chinese report layout and the Chinese template. */
async function chineseSources(): Promise<string[]> {
  const i18n = path.join(ROOT, 'src/core/i18n');
  const catalogs = (await readdir(i18n)).filter((f) => f.includes('zh')).map((f) => path.join(i18n, f));
  return [...catalogs, path.join(ROOT, 'templates/report/zh.md.mustache'), path.join(ROOT, 'templates/plans/llm-api.yaml')];
}

describe('Chinese text', () => {
  it('puts full-width punctuation next to Chinese characters in every catalog, layout and template', async () => {
    const offending: string[] = [];
    for (const file of await chineseSources()) {
      for (const [i, line] of (await readFile(file, 'utf8')).split('\n').entries()) {
        // Code comments in the catalogs are English notes for developers.
        if (/^\s*(\/\/|\*|\/\*\*)/.test(line)) continue;
        if (HALF_WIDTH_BY_HAN.test(line)) offending.push(`${path.relative(ROOT, file)}:${String(i + 1)}: ${line.trim()}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('uses one term per concept: the wizard asks with the words the report labels', () => {
    expect(wizardZh.questions['market.size.tam']).toBe('潜在市场总量（TAM）');
    expect(wizardZh.items['resources.allocation']).toBe('资金投向');
    expect(wizardZh.questions['resources.cash']?.startsWith('期初现金')).toBe(true);
    expect(wizardZh.questions['growth.starting_customers']?.startsWith('期初客户数')).toBe(true);
    expect(wizardZh.questions['revenue_model.cac']?.startsWith('获客成本（CAC）')).toBe(true);
    expect(wizardZh.confirmWrite(['a.yaml', 'a.report.md'])).toBe('写入 a.yaml、a.report.md 吗？');
    expect(wizardZh.unitHint('每月')).toBe('（每月）');
  });
});
