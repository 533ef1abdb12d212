/** Exit codes are a public interface: CI reads them, so each has one meaning. */
export const EXIT = {
  ok: 0,
  checkFailed: 1,
  userError: 2,
  bug: 70,
  /** EX_IOERR: the output could not be written, so whatever it said is lost. */
  ioError: 74,
  interrupted: 130,
} as const;

/** A mistake the user can fix: printed as one line per problem, never with a stack trace. */
export class UserError extends Error {
  readonly lines: readonly string[];

  constructor(lines: string | readonly string[]) {
    const all = typeof lines === 'string' ? [lines] : lines;
    super(all.join('\n'));
    this.name = 'UserError';
    this.lines = all;
  }
}

/** A file the user named cannot be used: missing, a folder, too large, not text. */
export class FileError extends UserError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'FileError';
  }
}

const INTERRUPT_NOTE = Symbol('bizplan.interruptNote');

/** A line to say after "Interrupted; nothing was written." when Ctrl-C ends a prompt: that a saved draft is kept. */
export function noteOnInterrupt(error: unknown, line: string): void {
  if (error !== null && typeof error === 'object') (error as Record<symbol, unknown>)[INTERRUPT_NOTE] = line;
}

export function interruptNote(error: unknown): string | undefined {
  const note = error !== null && typeof error === 'object' ? (error as Record<symbol, unknown>)[INTERRUPT_NOTE] : undefined;
  return typeof note === 'string' ? note : undefined;
}

/** Ctrl-C at a prompt: inquirer's ExitPromptError, known by name so the prompts load only when asked. */
export const isPromptExit = (error: unknown) => error instanceof Error && error.name === 'ExitPromptError';
