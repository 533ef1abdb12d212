import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { nearest } from '../core/nearest.js';
import { UserError } from './errors.js';
import { packagePath } from './package-files.js';

export interface PlanTemplate {
  name: string;
  file: string;
  /** The plan's own `name:`, as the one line that says what it is. */
  title: string;
}

export async function listTemplates(): Promise<PlanTemplate[]> {
  const dir = packagePath('templates/plans');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  return Promise.all(
    files.map(async (f) => {
      const plan = parse(await readFile(path.join(dir, f), 'utf8')) as { name?: unknown };
      return { name: f.replace(/\.yaml$/, ''), file: path.join(dir, f), title: typeof plan.name === 'string' ? plan.name : '' };
    }),
  );
}

export async function findTemplate(name: string): Promise<PlanTemplate> {
  const templates = await listTemplates();
  const found = templates.find((t) => t.name === name);
  if (found) return found;
  const closest = nearest(name, templates.map((t) => t.name));
  throw new UserError(`--template: no template "${name}"${closest ? `; did you mean "${closest.candidate}"?` : ''} Run bizplan init --list-templates to see them all`);
}
