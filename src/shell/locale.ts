import type { Language } from '../core/i18n/index.js';

/**
 * The language of the terminal's locale (LC_ALL, LC_MESSAGES, LANG, the first one set):
 * Chinese for zh*, else English. The wizard speaks it, and a plan's problems are worded in it
 * when the plan names no language bizplan speaks.
 */
export function localeLanguage(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}
