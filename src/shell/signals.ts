import { printable } from '../core/render/safe-text.js';
import { EXIT } from './errors.js';
import { abandonWrites } from './staged-files.js';
import { fsReason } from './fs-errors.js';

/** How each signal ends a run: the conventional 128 + signal number, and what is said. */
const SIGNALS = {
  SIGINT: { code: EXIT.interrupted, said: 'Interrupted' },
  SIGTERM: { code: 143, said: 'Terminated' },
  SIGHUP: { code: 129, said: 'Hung up' },
} as const;

function onSignal(signal: keyof typeof SIGNALS): void {
  const { code, said } = SIGNALS[signal];
  const done = abandonWrites();
  const what = done.length === 0 ? 'no file was changed' : `already written: ${done.map(printable).join(', ')}; no other file was changed`;
  process.stderr.write(`\n${said}; ${what}.\n`);
  process.exit(code);
}

let writers = 0;

/**
 * Runs a write with signal handlers in place: a signal then removes what is staged and says
 * exactly which files, if any, were already replaced. Only while writing: a handler runs only
 * when the event loop is free, so outside the writes the system's own action, which ends the
 * run at once even in the middle of a long computation, is the better one, and it leaves
 * nothing behind to clean up.
 */
export async function whileWriting<T>(write: () => Promise<T>): Promise<T> {
  if (writers++ === 0) for (const signal of Object.keys(SIGNALS) as Array<keyof typeof SIGNALS>) process.on(signal, onSignal);
  try {
    return await write();
  } finally {
    if (--writers === 0) for (const signal of Object.keys(SIGNALS) as Array<keyof typeof SIGNALS>) process.off(signal, onSignal);
  }
}

/**
 * Runs long work that writes nothing (a simulation) with signal handlers in place, so that
 * Ctrl-C is heard between its blocks: `tidy` erases what the terminal shows (a progress bar),
 * one line says nothing was written, and the run ends with the signal's code. Ending the
 * process ends its worker threads with it.
 */
export async function whileComputing<T>(work: () => Promise<T>, tidy: () => void): Promise<T> {
  const handler = (signal: keyof typeof SIGNALS) => {
    tidy();
    const { code, said } = SIGNALS[signal];
    process.stderr.write(`\n${said}; nothing was written.\n`);
    process.exit(code);
  };
  const names = Object.keys(SIGNALS) as Array<keyof typeof SIGNALS>;
  for (const signal of names) process.on(signal, handler);
  try {
    return await work();
  } finally {
    for (const signal of names) process.off(signal, handler);
  }
}

/**
 * Output that cannot be written must never pass for a verdict. A reader that stops early
 * (`bizplan check | head`) closes the pipe: that ends the run quietly. Any other failure
 * (a full disk, /dev/full, an I/O error) exits 74, EX_IOERR, which CI reads as an error.
 */
export function guardOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
      if (stream === process.stdout) {
        try {
          process.stderr.write(`bizplan: could not write the output: ${fsReason(error) ?? error.message}\n`);
        } catch {
          // stderr is gone too: the exit code is all that is left to tell.
        }
      }
      process.exit(EXIT.ioError);
    });
  }
}
