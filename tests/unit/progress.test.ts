import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { progressLine, startProgress, type ProgressStream } from '../../src/shell/progress.js';

/** A stream that keeps what is written, with a clock the test moves. */
function terminal(isTTY: boolean, columns = 80): ProgressStream & { text: string } {
  const stream = { text: '', isTTY, columns, write: (t: string) => void (stream.text += t) };
  return stream;
}

function clock(): { now: () => number; at: (ms: number) => void } {
  let t = 1_000;
  return { now: () => t, at: (ms) => void (t = 1_000 + ms) };
}

describe('the progress bar', () => {
  it('shows nothing in the first half second, then redraws one line in place, and erases it at the end', () => {
    const stream = terminal(true);
    const c = clock();
    const bar = startProgress({ total: 10_000, label: 'Simulating', unit: 'runs', stream, now: c.now });
    c.at(499);
    bar.update(1_000);
    expect(stream.text).toBe('');
    c.at(500);
    bar.update(4_200);
    expect(stream.text).toBe(`\r\x1b[2K${progressLine('Simulating', 'runs', 4_200, 10_000, 80, false)}`);
    // Redrawn at most ten times a second.
    c.at(550);
    bar.update(5_000);
    expect(stream.text.split('\r').length).toBe(2);
    c.at(600);
    bar.update(6_000);
    expect(stream.text).toContain('6,000/10,000 runs');
    bar.end();
    expect(stream.text.endsWith('\r\x1b[2K')).toBe(true);
    const length = stream.text.length;
    bar.end();
    c.at(900);
    bar.update(9_000);
    expect(stream.text.length).toBe(length);
  });

  it('never draws off a terminal, nor when the caller says no (JSON), and a quick run erases nothing', () => {
    for (const [stream, enabled] of [
      [terminal(false), true],
      [terminal(true), false],
    ] as const) {
      const c = clock();
      const bar = startProgress({ total: 10, label: 'Simulating', unit: 'runs', stream, enabled, now: c.now });
      c.at(5_000);
      bar.update(5);
      bar.end();
      expect(stream.text).toBe('');
    }
    const quick = terminal(true);
    const bar = startProgress({ total: 10, label: 'Simulating', unit: 'runs', stream: quick, now: clock().now });
    bar.update(10);
    bar.end();
    expect(quick.text).toBe('');
  });

  it('fits the terminal, counts in whole percents, and colors the bar only when asked', () => {
    const line = progressLine('Simulating', 'runs', 4_200, 10_000, 80, false);
    expect(line).toBe(`Simulating ${'█'.repeat(17)}${'░'.repeat(23)}  42% 4,200/10,000 runs`);
    expect(line.length).toBeLessThan(80);
    const narrow = progressLine('Simulating', 'runs', 999_999, 1_000_000, 50, false);
    expect(narrow).toBe(`Simulating ${'█'.repeat(10)}  99% 999,999/1,000,000 runs`);
    expect(narrow.length).toBe(49);
    expect(progressLine('模拟', '次', 5, 10, 80, true)).toBe(`模拟 \x1b[36m${'█'.repeat(20)}${'░'.repeat(20)}\x1b[39m  50% 5/10 次`);
    // A terminal too narrow for any bar still gets the count, and never a line that wraps:
    // a wrapped line leaves each redraw on a row of its own, as the erase clears only the last.
    expect(progressLine('Simulating', 'runs', 1, 2, 26, false)).toBe('Simulating   50% 1/2 runs');
    expect(progressLine('Simulating', 'runs', 450_000, 1_500_000, 20, false)).toBe('Simulating 30%');
    expect(progressLine('Simulating', 'runs', 1, 2, 10, false)).toBe('50%');
    expect(progressLine('模拟', '次', 1, 2, 3, true)).toBe('');
    for (let width = 1; width <= 60; width++) {
      expect(stringWidth(progressLine('模拟', '次', 450_000, 1_500_000, width, false))).toBeLessThan(width);
    }
  });
});
