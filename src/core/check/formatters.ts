import type { Paint } from '../render/paint.js';
import { githubFormatter } from './format-github.js';
import { jsonFormatter } from './format-json.js';
import { junitFormatter } from './format-junit.js';
import { textFormatter } from './format-text.js';
import type { CheckFormatter } from './verdict.js';

export const CHECK_FORMATS = ['text', 'json', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export function checkFormatter(format: CheckFormat, paint: Paint): CheckFormatter {
  switch (format) {
    case 'text':
      return textFormatter(paint);
    case 'json':
      return jsonFormatter;
    case 'github':
      return githubFormatter;
    case 'junit':
      return junitFormatter;
  }
}
