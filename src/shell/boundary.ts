import { CommanderError, type Command } from 'commander';
import { printable, printableLines } from '../core/render/safe-text.js';
import { EXIT, interruptNote, isPromptExit, UserError } from './errors.js';
import { fsReason } from './fs-errors.js';

interface ErrorStream {
  write(text: string): unknown;
}

/**
 * An argument with a line break or another control character is refused before anything
 * echoes it: a usage message that repeated it could start a line of its own in a CI log
 * (`::error ...`), and no plan path, flag or value needs one.
 */
const isControl = (code: number) => (code < 0x20 && code !== 0x09) || (code >= 0x7f && code <= 0x9f);

function refuseControlCharacters(args: readonly string[]): void {
  // Written as a class of code points, not a regex of control characters: one lint rule, one intent.
  const index = args.findIndex((arg) => Array.from(arg).some((char) => isControl(char.codePointAt(0) ?? 0)));
  if (index >= 0) throw new UserError(`argument ${index + 1} (${printable(args[index] ?? '')}) holds a line break or a control character; bizplan takes none in its arguments`);
}

/**
 * The one error boundary. A user's mistake prints its lines and exits 2; a
 * usage error exits 2; Ctrl-C at a prompt exits 130; anything else is a bug,
 * printed with its stack and exit 70 so CI never mistakes a crash for a verdict.
 */
export async function runProgram(program: Command, argv: readonly string[], stderr: ErrorStream, exitCode: () => number): Promise<number> {
  try {
    refuseControlCharacters(argv.slice(2));
    await program.parseAsync(argv);
    return exitCode();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.userError;
    if (error instanceof UserError) {
      // A message may quote a file name or a value from the user: it prints as text, never as control codes.
      for (const line of error.lines) stderr.write(`${printable(line)}\n`);
      return EXIT.userError;
    }
    // A file-system refusal the commands did not name themselves is still the machine's answer, not a bug.
    const reason = fsReason(error);
    const where = (error as NodeJS.ErrnoException | null)?.path;
    if (reason !== undefined && typeof where === 'string') {
      stderr.write(`${printable(where)}: ${reason}\n`);
      return EXIT.userError;
    }
    if (isPromptExit(error)) {
      stderr.write('Interrupted; nothing was written.\n');
      const note = interruptNote(error);
      if (note !== undefined) stderr.write(`${printable(note)}\n`);
      return EXIT.interrupted;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    stderr.write(`bizplan: internal error; this is a bug, please report it with the lines below.\n${printableLines(detail)}\n`);
    return EXIT.bug;
  }
}
