import { confirm, input, select } from '@inquirer/prompts';
import type { WizardCatalog } from '../core/i18n/index.js';
import type { Prompter } from '../wizard/flow.js';
import type { Output } from './output.js';

/**
 * The one place bizplan prompts: inquirer's prompts behind the wizard's Prompter, worded in
 * the wizard's language through inquirer's own themes (its yes and no keywords, its keys' help
 * line), so a Chinese wizard shows 是/否 and 移动 rather than Y/n and navigate.
 */
export function inquirerPrompter(output: Output, words: WizardCatalog['prompts']): Prompter {
  const defaultAnswer = (text: string) => output.paint.dim(words.defaultAnswer(text));
  const inputTheme = { style: { defaultAnswer } };
  const confirmTheme = {
    keywords: { yes: words.yes, no: words.no, error: ({ yes, no }: { yes: string; no: string }) => words.answerYesOrNo(yes, no) },
    style: { defaultAnswer },
  };
  const selectTheme = {
    style: { defaultAnswer, keysHelpTip: (keys: Array<[string, string]>) => output.paint.dim(keys.map(([key, action]) => `${key} ${words.keys[action] ?? action}`).join(' • ')) },
    i18n: { disabledError: words.disabled },
  };
  return {
    text: ({ message, default: fallback, validate }) => input({ message, default: fallback, validate, theme: inputTheme }),
    choice: ({ message, choices, default: fallback }) =>
      select({ message, choices: choices.map((c) => ({ value: c.value, name: c.name })), default: fallback, theme: selectTheme }),
    confirm: ({ message, default: fallback }) => confirm({ message, default: fallback, theme: confirmTheme }),
    say: (line, style) => {
      const paint = { heading: output.paint.bold, note: output.paint.dim, problem: output.paint.red };
      output.out(`${style ? paint[style](line) : line}\n`);
    },
  };
}
