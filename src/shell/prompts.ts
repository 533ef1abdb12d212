import { confirm, input, select } from '@inquirer/prompts';
import type { Prompter } from '../wizard/flow.js';
import type { Output } from './output.js';

/** The one place bizplan prompts: inquirer's prompts behind the wizard's Prompter. */
export function inquirerPrompter(output: Output): Prompter {
  return {
    text: ({ message, default: fallback, validate }) => input({ message, default: fallback, validate }),
    choice: ({ message, choices, default: fallback }) => select({ message, choices: choices.map((c) => ({ value: c.value, name: c.name })), default: fallback }),
    confirm: ({ message, default: fallback }) => confirm({ message, default: fallback }),
    say: (line, style) => {
      const paint = { heading: output.paint.bold, note: output.paint.dim, problem: output.paint.red };
      output.out(`${style ? paint[style](line) : line}\n`);
    },
  };
}
