import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { diff } from '../../src/commands/diff.js';
import { schema } from '../../src/commands/schema.js';
import { METRIC_KEYS } from '../../src/core/finance/metrics.js';
import { renderJsonSchema } from '../../src/core/plan/json-schema.js';
import { captureOutput, templateText, templateWith, tempDir } from '../helpers.js';

/** Two plans: the template (or the template changed by `base`), and the same with `changes`. */
async function pair(changes: Record<string, unknown>, base: Record<string, unknown> = {}): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'old.yaml'), Object.keys(base).length ? await templateWith(base) : await templateText());
  await writeFile(path.join(dir, 'new.yaml'), await templateWith({ ...base, ...changes }));
  return dir;
}

/** The template without hires, planned costs or rounds: the plan the cross-checked figures were made on. */
const STILL = { 'resources.hires': undefined, 'resources.planned_costs': undefined, funding: undefined, compute: undefined, 'revenue_model.inference.price_change_yearly': undefined };

describe('bizplan diff', () => {
  it('shows each metric that moved, which way is better, and the inputs that moved it', async () => {
    const dir = await pair({ 'revenue_model.cac': 12000 }, STILL);
    const output = captureOutput();
    expect(await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', output })).toBe(0);
    // The new figures were cross-checked with Python's decimal module over the same recurrences.
    expect(output.stdout).toBe(
      [
        'old.yaml → new.yaml',
        '  ltv_to_cac                     5.3454 → 4.0091 (−1.3363)  ▼ worse',
        '  cac_payback_months             7.483 → 9.9774 (+2.4944)  ▼ worse',
        '  break_even_month               26 → not within the horizon  ▼ worse',
        '  runway_months                  cash lasts the whole horizon → 18  ▼ worse',
        '  min_cash                       $723,685.02 → -$2,191,859.49 (−$2,915,544.51)  ▼ worse',
        '  min_cash_month                 25 → 36 (+11)  changed',
        '  funding_gap                    $0.00 → $2,191,859.49 (+$2,191,859.49)  ▼ worse',
        '  cash_end                       $2,096,491.71 → -$2,191,859.49 (−$4,288,351.20)  ▼ worse',
        '  burn_multiple                  0.795 → 0.961 (+0.166)  ▼ worse',
        '  default_alive                  true → false  ▼ worse',
        '  runway_months_without_funding  cash lasts the whole horizon → 18  ▼ worse',
        '  peak_monthly_burn              $286,661.28 → $322,661.28 (+$36,000.00)  ▼ worse',
        '',
        'Inputs changed',
        '  revenue_model.cac: $9,000 → $12,000',
        '',
      ].join('\n'),
    );
  });

  it('shows a later round and an earlier hire as input changes, with what they do to cash', async () => {
    const dir = await pair({ 'funding.0.month': 22, 'resources.hires.0.start_month': 5 });
    const output = captureOutput();
    expect(await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', format: 'json', failOnWorse: ['runway_months', 'default_alive'], output })).toBe(1);
    const result = JSON.parse(output.stdout) as { metrics: Array<{ name: string; old: unknown; new: unknown; change: string; delta: unknown }>; inputs: unknown[] };
    expect(result.inputs).toEqual([
      { key: 'resources.hires["Enterprise account executives"].start_month', old: '7', new: '5', change: 'changed', kind: 'number' },
      { key: 'funding["Series A"].month', old: '18', new: '22', change: 'changed', kind: 'number' },
    ]);
    // Two more months of sales salaries end the runway a month sooner, and the round now comes after it.
    const byName = Object.fromEntries(result.metrics.map((m) => [m.name, m]));
    expect(byName.runway_months).toMatchObject({ old: null, new: 19, change: 'worse' });
    expect(byName.runway_months_without_funding).toMatchObject({ old: 20, new: 19, change: 'worse' });
    // A true-or-false metric stays a JSON boolean, without a delta.
    expect(byName.default_alive).toEqual({ name: 'default_alive', old: false, new: false, delta: null, change: 'same' });
  });

  it('matches hires, planned costs and rounds by name: a round put first is one round added', async () => {
    const dir = await pair({ funding: [{ round: 'Seed extension', month: 3, amount: 500000 }, { round: 'Series A', month: 18, amount: 12000000 }] });
    const output = captureOutput();
    await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', format: 'json', output });
    const result = JSON.parse(output.stdout) as { inputs: Array<{ key: string; change: string }>; metrics: Array<{ name: string; old: unknown; new: unknown }> };
    expect(result.inputs.map((i) => [i.key, i.change])).toEqual([['funding["Seed extension"]', 'added']]);
    expect(result.metrics.find((m) => m.name === 'funding_total')).toMatchObject({ old: 12000000, new: 12500000 });
  });

  it('writes a Markdown table for a pull-request comment', async () => {
    const dir = await pair({ 'revenue_model.arpu_monthly': 2000, 'market.problem': 'A | B' });
    const output = captureOutput();
    await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', format: 'markdown', output });
    const lines = output.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['### bizplan diff: old.yaml → new.yaml', '', '| Metric | Old | New | Change |', '| --- | --- | --- | --- |']);
    expect(lines).toContain('| Contribution margin | \\$1,202.72 | \\$1,402.72 | +\\$200.00 🟢 ▲ better |');
    expect(lines).toContain('| Gross margin | 66.82% | 70.14% | +3.32 pp 🟢 ▲ better |');
    expect(lines).toContain('| revenue\\_model.arpu\\_monthly | \\$1,800 | \\$2,000 |');
    expect(lines).toContain('| market.problem | Meetings, support calls and field recordings hold knowledge that nobody can search. Off-the-shelf transcription misses domain terms, mixes up speakers and cannot run where regulated customers keep their data. | A \\| B |');
  });

  it('reads either side from stdin, and says when nothing changed', async () => {
    const dir = await pair({});
    const output = captureOutput();
    const stdin = Readable.from([Buffer.from(await templateText())]);
    expect(await diff({ cwd: dir, old: '-', new: 'new.yaml', stdin, format: 'markdown', output })).toBe(0);
    expect(output.stdout).toBe('### bizplan diff: (stdin) → new.yaml\n\nNo metric changed.\n\nNo input changed.\n');
  });

  it('gives JSON with every metric and exits 1 when a watched metric got worse', async () => {
    const dir = await pair({ 'revenue_model.churn_monthly': '3%' });
    const output = captureOutput();
    expect(await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', format: 'json', failOnWorse: ['gross_margin', 'ltv'], output })).toBe(1);
    const result = JSON.parse(output.stdout) as { metrics: Array<{ name: string; change: string; delta: number | null }>; inputs: unknown[]; failedOnWorse: string[] };
    expect(result.metrics).toHaveLength(METRIC_KEYS.length);
    expect(result.metrics.find((m) => m.name === 'ltv')).toMatchObject({ change: 'worse', delta: -8018.13 });
    expect(result.metrics.find((m) => m.name === 'gross_margin')).toMatchObject({ change: 'same', delta: 0 });
    expect(result.inputs).toEqual([{ key: 'revenue_model.churn_monthly', old: '0.025', new: '0.03', change: 'changed', kind: 'rate' }]);
    expect(result.failedOnWorse).toEqual(['ltv']);
    expect(output.stderr).toBe('Worse: ltv\n');
  });

  it('refuses an unknown metric, two stdins, and a terminal on stdin', async () => {
    const dir = await pair({});
    await expect(diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', failOnWorse: ['ltv_cac'], output: captureOutput() })).rejects.toThrow(
      /^--fail-on-worse: unknown metric "ltv_cac"; did you mean "ltv_to_cac"\?/,
    );
    await expect(diff({ cwd: dir, old: '-', new: '-', output: captureOutput() })).rejects.toThrow('only one side of diff can be - (stdin)');
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    await expect(diff({ cwd: dir, old: '-', new: 'new.yaml', stdin: tty, output: captureOutput() })).rejects.toThrow(/^-: stdin is a terminal/);
  });

  it('names the side that is invalid', async () => {
    const dir = await pair({});
    await writeFile(path.join(dir, 'new.yaml'), 'version: 1\n');
    await expect(diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', output: captureOutput() })).rejects.toThrow(/^new\.yaml:1:1 name: is required/);
  });
});

describe('bizplan schema', () => {
  it('prints the JSON Schema', async () => {
    const output = captureOutput();
    expect(await schema({ cwd: await tempDir(), output })).toBe(0);
    expect(output.stdout).toBe(renderJsonSchema());
    expect(JSON.parse(output.stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
  });

  it('writes --out, replaces its own file, and keeps anyone else\'s unless forced', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    await schema({ cwd: dir, out: 'plan.schema.json', output });
    expect(await readFile(path.join(dir, 'plan.schema.json'), 'utf8')).toBe(renderJsonSchema());
    expect(output.stderr).toBe('Wrote plan.schema.json\n');
    await writeFile(path.join(dir, 'other.json'), '{}\n');
    await expect(schema({ cwd: dir, out: 'other.json', output: captureOutput() })).rejects.toThrow('other.json: exists and was not written by bizplan; pass --force to replace it');
    await schema({ cwd: dir, out: 'other.json', force: true, output: captureOutput() });
    expect(await readFile(path.join(dir, 'other.json'), 'utf8')).toBe(renderJsonSchema());
  });
});

describe('bizplan diff matches list items by name', () => {
  const inputsOf = async (changes: Record<string, unknown>, edit?: (doc: import('yaml').Document) => void) => {
    const { parseDocument } = await import('yaml');
    const doc = parseDocument(await templateWith(changes));
    edit?.(doc);
    const dir = await tempDir();
    await writeFile(path.join(dir, 'old.yaml'), await templateText());
    await writeFile(path.join(dir, 'new.yaml'), doc.toString());
    const output = captureOutput();
    await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', format: 'json', output });
    return (JSON.parse(output.stdout) as { inputs: unknown[] }).inputs;
  };

  it('an item inserted at the front is one item added, not every later item changed', async () => {
    const inputs = await inputsOf({}, (doc) => {
      (doc.getIn(['market', 'competitors']) as import('yaml').YAMLSeq).items.unshift(doc.createNode({ name: 'Acme', pricing: 'Free' }));
      (doc.getIn(['market', 'trends']) as import('yaml').YAMLSeq).items.unshift(doc.createNode('Cheaper GPUs'));
    });
    expect(inputs).toEqual([
      { key: 'market.trends["Cheaper GPUs"]', old: null, new: 'Cheaper GPUs', change: 'added' },
      { key: 'market.competitors["Acme"]', old: null, new: 'Acme', change: 'added' },
    ]);
  });

  it('a reordered list is no change; a removed item and a changed field are named by the item', async () => {
    const inputs = await inputsOf({}, (doc) => {
      const partners = doc.getIn(['partners']) as import('yaml').YAMLSeq;
      partners.items.reverse();
      partners.items.pop();
      doc.setIn(['market', 'competitors', 1, 'pricing'], 'Per seat');
    });
    expect(inputs).toEqual([
      { key: 'market.competitors["Speech-AI specialists (Deepgram, AssemblyAI)"].pricing', old: null, new: 'Per seat', change: 'added' },
      { key: 'partners["A GPU cloud provider"]', old: 'A GPU cloud provider', new: null, change: 'removed' },
    ]);
  });

  it('falls back to positions when names repeat', async () => {
    const inputs = await inputsOf({}, (doc) => {
      doc.setIn(['market', 'competitors', 0, 'name'], 'Same');
      doc.setIn(['market', 'competitors', 1, 'name'], 'Same');
    });
    expect(inputs.map((i) => (i as { key: string }).key)).toEqual(['market.competitors[0].name', 'market.competitors[1].name']);
  });

  it('shows rates as percents and money in the shared currency, and names an item safely in Markdown', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'old.yaml'), await templateText());
    const { parseDocument } = await import('yaml');
    const doc = parseDocument(await templateWith({ 'revenue_model.churn_monthly': '3%', 'revenue_model.inference.output_price_per_million': 0.075 }));
    (doc.getIn(['market', 'competitors']) as import('yaml').YAMLSeq).items.push(doc.createNode({ name: 'A | B @team #1' }));
    await writeFile(path.join(dir, 'new.yaml'), doc.toString());
    const text = captureOutput();
    await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', output: text });
    expect(text.stdout).toContain('  revenue_model.churn_monthly: 2.5% → 3%\n');
    expect(text.stdout).toContain('  revenue_model.inference.output_price_per_million: $4 → $0.075\n');
    expect(text.stdout).toContain('  + market.competitors["A | B @team #1"]\n');
    const md = captureOutput();
    await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', format: 'markdown', output: md });
    expect(md.stdout).toContain('| market.competitors\\["A \\| B \\@team \\#1"\\] | — | added |');
  });

  it('shows money as plain numbers when the two plans have different currencies', async () => {
    const dir = await pair({ currency: 'EUR', 'revenue_model.cac': 12000 });
    const output = captureOutput();
    await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', output });
    expect(output.stdout).toContain('  revenue_model.cac: 9,000 → 12,000\n');
    expect(output.stdout).toContain('  currency: USD → EUR\n');
  });
});

describe('bizplan diff against no plan at all', () => {
  it('empty stdin or a file of comments is "a new plan": every figure listed, no inputs, exit 0', async () => {
    const dir = await pair({});
    await writeFile(path.join(dir, 'empty.yaml'), '# the base branch had no plan\n---\n');
    for (const [old, stdin] of [['-', Readable.from([])], ['empty.yaml', undefined]] as const) {
      const text = captureOutput();
      expect(await diff({ cwd: dir, old, new: 'new.yaml', stdin, output: text })).toBe(0);
      expect(text.stdout.split('\n').slice(0, 3)).toEqual(['new.yaml is a new plan', '  variable_cost_per_customer_monthly  $597.28', '  contribution_margin_monthly         $1,202.72']);
    }
    const json = captureOutput();
    await diff({ cwd: dir, old: 'empty.yaml', new: 'new.yaml', format: 'json', output: json });
    const parsed = JSON.parse(json.stdout) as { newPlan: boolean; inputs: unknown[]; metrics: Array<{ name: string; old: unknown; new: unknown }> };
    expect(parsed.newPlan).toBe(true);
    expect(parsed.inputs).toEqual([]);
    expect(parsed.metrics.find((m) => m.name === 'ltv')).toMatchObject({ old: null, new: 48108.8 });
  });

  it('still refuses an empty NEW side: a plan removed is not a plan to diff', async () => {
    const dir = await pair({});
    await writeFile(path.join(dir, 'empty.yaml'), '');
    await expect(diff({ cwd: dir, old: 'old.yaml', new: 'empty.yaml', output: captureOutput() })).rejects.toThrow(/the file is empty/);
  });
});
