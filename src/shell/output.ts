import { Chalk } from 'chalk';
import type { Paint } from '../core/render/paint.js';

/** Where a command writes: stdout carries data, stderr carries messages. Tests pass their own. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Colors for stdout, or none. */
  paint: Paint;
  /** Whether stdout is colored: what a worker thread needs to paint the same way. */
  colorLevel: 0 | 1;
  /** Colors for stderr, or none. */
  errPaint: Paint;
}

interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * Color only where a person reads it: never when NO_COLOR is set (no-color.org),
 * always when FORCE_COLOR asks for it, otherwise only on a terminal.
 */
export function colorLevel(stream: Stream, env: NodeJS.ProcessEnv): 0 | 1 {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1;
  return stream.isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

export function streamOutput(stdout: Stream, stderr: Stream, env: NodeJS.ProcessEnv): Output {
  const level = colorLevel(stdout, env);
  return {
    out: (text) => void stdout.write(text),
    err: (text) => void stderr.write(text),
    paint: new Chalk({ level }),
    colorLevel: level,
    errPaint: new Chalk({ level: colorLevel(stderr, env) }),
  };
}

export function processOutput(): Output {
  return streamOutput(process.stdout, process.stderr, process.env);
}
