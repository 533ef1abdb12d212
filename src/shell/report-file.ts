import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isGeneratedReport } from '../core/report/mark.js';
import type { Language } from '../core/i18n/index.js';
import { UserError } from './errors.js';
import { readUserFile } from './read-file.js';
import { claimOutput, type ClaimOptions, type OutputTarget } from './write-files.js';
import { packagePath } from './package-files.js';

/** `bizplan.yaml` -> `bizplan.report.md`; any other name gets `.report.md` added. */
export function defaultReportPath(planPath: string): string {
  return /\.ya?ml$/i.test(planPath) ? planPath.replace(/\.ya?ml$/i, '.report.md') : `${planPath}.report.md`;
}

export async function loadReportTemplate(language: Language, cwd: string, customPath?: string): Promise<string> {
  if (customPath) {
    return readUserFile(path.resolve(cwd, customPath), customPath, {
      what: 'the layout file',
      missing: 'no such file; check the path given to --report-template, or leave the flag out for the built-in layout',
    });
  }
  return readFile(path.join(packagePath('templates/report'), `${language}.md.mustache`), 'utf8');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** 9999-12-31T23:59:59Z: the last moment a YYYY-MM-DD date can show. */
const LAST_EPOCH_SECOND = 253_402_300_799;

/**
 * The report's date: the one asked for, else SOURCE_DATE_EPOCH (reproducible builds'
 * convention), else today in UTC. Same inputs and date, same bytes.
 */
export function reportDate(env: NodeJS.ProcessEnv, asked?: string, now: Date = new Date()): string {
  if (asked !== undefined) {
    const valid = DATE.test(asked) && !Number.isNaN(Date.parse(`${asked}T00:00:00Z`)) && new Date(`${asked}T00:00:00Z`).toISOString().startsWith(asked);
    if (!valid) throw new UserError(`--date: must be a calendar date as YYYY-MM-DD (got ${JSON.stringify(asked)})`);
    return asked;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch) || Number(epoch) > LAST_EPOCH_SECOND) {
      throw new UserError(`SOURCE_DATE_EPOCH: must be whole seconds since 1970, up to ${LAST_EPOCH_SECOND} (the end of year 9999) (got ${JSON.stringify(epoch.slice(0, 40))})`);
    }
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}

/**
 * Claims the report's path: a file there that bizplan did not write is kept unless `force` is
 * set, and the plan itself is never the report, whatever the flags.
 */
export function claimReportPath(
  file: string,
  shownAs: string,
  force: boolean,
  more: Pick<ClaimOptions, 'notSameAs' | 'createsFolders'> = {},
): Promise<OutputTarget> {
  return claimOutput(file, shownAs, { isOurs: isGeneratedReport, force, orElse: '--report PATH to write elsewhere', ...more });
}
