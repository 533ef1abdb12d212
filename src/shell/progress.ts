import stringWidth from 'string-width';

/**
 * The one progress bar: a line on stderr redrawn in place, for work that takes long enough
 * to wonder about. Written here rather than taken from a library: one line of text, a
 * carriage return and an erase, is all it needs.
 *
 * It shows only on a terminal (a CI log or a pipe would keep every redraw), only when the
 * caller allows it (never beside JSON), and only once the work has taken half a second, so
 * quick runs print nothing at all. It is erased when the work ends, so the terminal holds
 * the results alone.
 */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** How many units the work has in all. */
  total: number;
  /** What is done, before the bar: `Simulating`. */
  label: string;
  /** Counted units, after the bar: `runs`. */
  unit: string;
  stream?: ProgressStream;
  /** The caller's say: false for machine-read output. */
  enabled?: boolean;
  /** Color the bar; false when NO_COLOR is set or the stream has no color. */
  color?: boolean;
  /** How long the work runs before the bar first shows, in milliseconds. */
  delayMs?: number;
  now?: () => number;
}

export interface Progress {
  /** The units done so far. */
  update(done: number): void;
  /** Erases the bar, if it showed. Safe to call more than once. */
  end(): void;
}

const DELAY_MS = 500;
/** Redraws at most this often: a terminal needs no more, and each write costs the main thread. */
const REDRAW_MS = 100;
const ERASE = '\r\x1b[2K';
const CYAN = (text: string) => `\x1b[36m${text}\x1b[39m`;

const NONE: Progress = { update: () => undefined, end: () => undefined };

/** "4,200/10,000" in the plain digits a terminal shows in any language. */
const grouped = (n: number) => n.toLocaleString('en-US');

/** The bar's line for `done` of `total`, at most `width` columns wide. */
export function progressLine(label: string, unit: string, done: number, total: number, width: number, color: boolean): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const tail = ` ${String(Math.floor(share * 100)).padStart(3)}% ${grouped(done)}/${grouped(total)} ${unit}`;
  // One column is left free: a line that fills the terminal wraps on some of them.
  const room = Math.max(0, Math.min(40, width - 1 - stringWidth(label) - 1 - stringWidth(tail)));
  if (room > 0) {
    const filled = Math.round(share * room);
    const bar = '█'.repeat(filled) + '░'.repeat(room - filled);
    return `${label} ${color ? CYAN(bar) : bar}${tail}`;
  }
  // No room for a bar: the longest of these that fits, since a line that wraps leaves every
  // redraw on its own row (the erase clears only the last one).
  const percent = `${String(Math.floor(share * 100))}%`;
  const fits = [`${label} ${tail}`, `${label} ${percent}`, percent].find((line) => stringWidth(line) <= width - 1);
  return fits ?? '';
}

/** A progress bar on the stream, or one that draws nothing where no person watches. */
export function startProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.enabled === false || stream.isTTY !== true) return NONE;
  const now = options.now ?? Date.now;
  const started = now();
  const delay = options.delayMs ?? DELAY_MS;
  let shown = false;
  let drawn = -Infinity;
  let ended = false;
  return {
    update(done) {
      const t = now();
      if (ended || t - started < delay || t - drawn < REDRAW_MS) return;
      drawn = t;
      shown = true;
      stream.write(`${ERASE}${progressLine(options.label, options.unit, done, options.total, stream.columns ?? 80, options.color ?? false)}`);
    },
    end() {
      if (shown && !ended) stream.write(ERASE);
      ended = true;
    },
  };
}
