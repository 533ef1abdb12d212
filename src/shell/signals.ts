import { printable } from '../core/render/safe-text.js';
import { EXIT } from './errors.js';
import { fsReason } from './fs-errors.js';

/** How each signal ends a run: the conventional 128 + signal number, and what is said. */
const SIGNALS = {
  SIGINT: { code: EXIT.interrupted, said: 'Interrupted' },
  SIGTERM: { code: 143, said: 'Terminated' },
  SIGHUP: { code: 129, said: 'Hung up' },
} as const;

/**
 * A signal while files are being written: remove what is staged, then say exactly which
 * files, if any, were already replaced, so the message is true however late the signal came.
 */
export function exitOnSignals(): void {
  for (const [signal, { code, said }] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      void import('./write-files.js').then(({ abandonWrites }) => {
        const written = abandonWrites();
        const what = written.length === 0 ? 'no file was changed' : `already written: ${written.map(printable).join(', ')}; no other file was changed`;
        process.stderr.write(`\n${said}; ${what}.\n`);
        process.exit(code);
      });
    });
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
