import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { parseDocument } from 'yaml';
import { loadPlan } from '../src/core/plan/load.js';
import type { Plan } from '../src/core/plan/schema.js';
import { plainPaint } from '../src/core/render/paint.js';
import type { Output } from '../src/shell/output.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TEMPLATE = path.join(ROOT, 'templates/plans/speech-recognition.yaml');
export const BIN = path.join(ROOT, 'bin/bizplan.js');

export async function templateText(): Promise<string> {
  return readFile(TEMPLATE, 'utf8');
}

/** The template with some values replaced, as YAML text: `{ 'revenue_model.cac': 0 }`. */
export async function templateWith(changes: Record<string, unknown>): Promise<string> {
  const doc = parseDocument(await templateText());
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) doc.deleteIn(key.split('.'));
    else doc.setIn(key.split('.'), value);
  }
  return doc.toString();
}

export function planFromText(text: string): Plan {
  const loaded = loadPlan(text, 'test.yaml');
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.key}: ${p.message}`).join('\n'));
  return loaded.value;
}

export async function templatePlan(changes: Record<string, unknown> = {}): Promise<Plan> {
  return planFromText(await templateWith(changes));
}

export interface Captured extends Output {
  stdout: string;
  stderr: string;
}

export function captureOutput(): Captured {
  const captured: Captured = {
    stdout: '',
    stderr: '',
    out: (text) => void (captured.stdout += text),
    err: (text) => void (captured.stderr += text),
    paint: plainPaint,
    errPaint: plainPaint,
    colorLevel: 0,
  };
  return captured;
}

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bizplan-test-'));
  made.push(dir);
  return dir;
}

export const LLM_TEMPLATE = path.join(ROOT, 'templates/plans/llm-api.yaml');

/** A report rendered the way calc renders it, from plan text, on a fixed date. */
export async function reportFor(planText: string, date = '2026-11-29', language?: 'en' | 'zh'): Promise<string> {
  const { calculate } = await import('../src/core/calculate.js');
  const { buildReportView } = await import('../src/core/report/view.js');
  const { renderReport } = await import('../src/core/report/render.js');
  const { reportCases } = await import('../src/core/whatif/scenarios.js');
  const loaded = loadPlan(planText, 'test.yaml');
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.key}: ${p.message}`).join('\n'));
  const lang = language ?? loaded.value.language;
  const template = await readFile(path.join(ROOT, 'templates/report', `${lang}.md.mustache`), 'utf8');
  const calc = calculate({ ...loaded.value, language: lang });
  // As calc does: each scenario validated against the plan's YAML, the base the calculation made.
  const cases = reportCases({ value: loaded.raw, document: loaded.document, lineCounter: loaded.lineCounter }, calc, 'test.yaml');
  if (cases && !cases.ok) throw new Error(cases.problems.map((p) => `${p.key}: ${p.message}`).join('\n'));
  return renderReport(template, buildReportView(calc, { date, ...(cases ? { cases: cases.value } : {}) }));
}
