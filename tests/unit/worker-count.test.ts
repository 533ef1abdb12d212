import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/shell/parallel-check.js';
import { threadsSetting } from '../../src/shell/threads-setting.js';

describe('threads for a check of many plans', () => {
  it('one a core while each has some 600 plans, none for fewer or a single core', () => {
    expect(workerCount(1000, 2, 0.5)).toBe(0);
    expect(workerCount(1199, 2, 0.5)).toBe(0);
    expect(workerCount(1200, 2, 0.5)).toBe(2);
    expect(workerCount(3000, 8, 0.5)).toBe(5);
    expect(workerCount(100_000, 8, 0.5)).toBe(8);
    expect(workerCount(63, 8, 0.5)).toBe(0);
    expect(workerCount(100_000, 1, 0)).toBe(0);
  });

  it('none when other work keeps every core busy already', () => {
    expect(workerCount(3000, 2, 1.9)).toBe(2);
    expect(workerCount(3000, 2, 2)).toBe(0);
    expect(workerCount(3000, 2, 11)).toBe(0);
    expect(workerCount(10_000, 8, 7.5)).toBe(8);
  });
});

describe('BIZPLAN_THREADS', () => {
  it('sets the threads of check and simulate from 1 to 256, and anything else leaves the choice to them', () => {
    const read = (value: string | undefined) => threadsSetting(value === undefined ? {} : { BIZPLAN_THREADS: value });
    expect(['1', '2', '16', '256'].map(read)).toEqual([1, 2, 16, 256]);
    expect([undefined, '', '0', '257', '1000', '02', ' 2', '2.5', '-1', '1e2', 'two'].map(read)).toEqual(Array(11).fill(undefined));
  });
});
