import { moreProblemsZh } from '../i18n/problems-zh.js';
import { printable } from '../render/safe-text.js';

/** A user's mistake in a plan file, located so an editor can jump to it. */
export interface PlanProblem {
  file: string;
  /** 1-based; 0 when the problem is with the file as a whole (missing, too large). */
  line: number;
  col: number;
  /** Dotted key path such as `revenue_model.churn_monthly` or `partners[2].type`; empty for the whole file. */
  key: string;
  /**
   * The key path as the plan spells it, when `key` shows a key the user made up clipped
   * (it may be a pasted secret). Only for data a program reads (check --format json, where
   * it is escaped); a line a person or a CI log reads shows `key`.
   */
  fullKey?: string;
  message: string;
}

/**
 * Problems one plan reports at most: enough to fix in one sitting, and a list of 480,000
 * wrong items still prints a screenful, not 480,000 lines.
 */
export const MAX_PROBLEMS = 50;

/**
 * The first MAX_PROBLEMS problems, then one that says how many more were left out. `total`
 * counts them all when the caller worded only the first few.
 */
export function capProblems(problems: readonly PlanProblem[], file: string, total = problems.length, language: 'en' | 'zh' = 'en'): PlanProblem[] {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const more = total - shown.length;
  if (more <= 0) return shown;
  const left = language === 'zh' ? moreProblemsZh(more) : `… and ${more} more problem${more === 1 ? '' : 's'}; fix these and check again`;
  return [...shown, fileProblem(file, left)];
}

/** A problem with a file as a whole, such as a missing file, rather than with a line of it. */
export function fileProblem(file: string, message: string): PlanProblem {
  return { file, line: 0, col: 0, key: '', message };
}

/**
 * `plan.yaml:12:18 revenue_model.churn_monthly: must be between 0 and 1 (got 1.5)`, one line
 * whose file name, key and quoted values print as text, never as terminal control codes.
 */
export function formatProblem(p: PlanProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.col}` : `${p.file}:`;
  return printable(`${where} ${p.key ? `${p.key}: ` : ''}${p.message}`);
}

export function keyPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, seg) => {
    if (typeof seg === 'number') return `${acc}[${seg}]`;
    return acc ? `${acc}.${String(seg)}` : String(seg);
  }, '');
}
