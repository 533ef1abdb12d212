import { execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { chmod, chown, link, mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calc } from '../../src/commands/calc.js';
import { check } from '../../src/commands/check.js';
import { diff } from '../../src/commands/diff.js';
import { init } from '../../src/commands/init.js';
import { schema } from '../../src/commands/schema.js';
import { renderJsonSchema, SCHEMA_COMMENT } from '../../src/core/plan/json-schema.js';
import { GENERATED_MARK } from '../../src/core/report/mark.js';
import { FileError, UserError } from '../../src/shell/errors.js';
import { asFileError } from '../../src/shell/fs-errors.js';
import { abandonWrites } from '../../src/shell/staged-files.js';
import { claimOutput, writeFiles } from '../../src/shell/write-files.js';
import { BIN, captureOutput, tempDir, templateText } from '../helpers.js';
import { runBin, snapshot } from './fs-helpers.js';

const isRoot = process.getuid?.() === 0;

/** A plan whose metrics: section is missing, so calc must rewrite it. */
async function folderWithPlan(name = 'bizplan.yaml'): Promise<{ dir: string; plan: string }> {
  const dir = await tempDir();
  const plan = path.join(dir, name);
  await writeFile(plan, await templateText());
  return { dir, plan };
}

/** Runs calc expecting a refusal: one line naming the path, and not a byte changed anywhere. */
async function expectRefusal(dir: string, run: () => Promise<unknown>, line: RegExp): Promise<void> {
  const before = await snapshot(dir);
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const lines = (error as UserError).lines;
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(line);
  expect(await snapshot(dir)).toEqual(before);
}

describe('calc refuses a bad report path before it writes anything', () => {
  const cases: Array<[string, (dir: string) => string | Promise<string>, RegExp]> = [
    ['a missing folder', () => 'nope/r.md', /^nope\/r\.md: the folder nope does not exist; create it first/],
    ['a path through a file', () => 'bizplan.yaml/r.md', /^bizplan\.yaml\/r\.md: .*is a file, not a folder/],
    ['a folder', async (dir) => (await mkdir(path.join(dir, 'out')), 'out'), /^out: is a folder; name a file inside it$/],
    ['a FIFO', (dir) => (execFileSync('mkfifo', [path.join(dir, 'r.md')]), 'r.md'), /^r\.md: is a named pipe \(FIFO\)/],
    ['/dev/null', () => '/dev/null', /^\/dev\/null: names a device or a stream, not a file/],
    ['/dev/stdout', () => '/dev/stdout', /^\/dev\/stdout: names a device or a stream/],
    ['a dangling symlink', async (dir) => (await symlink('gone.md', path.join(dir, 'r.md')), 'r.md'), /^r\.md: is a symbolic link to a missing file \(gone\.md\)/],
    ['a symlink loop', async (dir) => (await symlink('r.md', path.join(dir, 'r.md')), 'r.md'), /^r\.md: too many levels of symbolic links/],
    ['the plan itself', () => 'bizplan.yaml', /^bizplan\.yaml: is the plan bizplan\.yaml itself/],
    ['the plan, spelled another way', () => './x/../bizplan.yaml', /^\.\/x\/\.\.\/bizplan\.yaml: is the plan bizplan\.yaml itself/],
    ['a symlink to the plan', async (dir) => (await symlink('bizplan.yaml', path.join(dir, 'r.md')), 'r.md'), /^r\.md: is the plan bizplan\.yaml itself/],
    ['a hard link to the plan', async (dir) => (await link(path.join(dir, 'bizplan.yaml'), path.join(dir, 'r.md')), 'r.md'), /^r\.md: is the plan bizplan\.yaml itself/],
    ['a read-only folder', async (dir) => (await mkdir(path.join(dir, 'ro'), { mode: 0o555 }), 'ro/r.md'), /^ro\/r\.md: the folder ro is read-only/],
    ['a read-only report', async (dir) => (await writeFile(path.join(dir, 'r.md'), `x\n${GENERATED_MARK}\n`, { mode: 0o444 }), 'r.md'), /^r\.md: is read-only/],
  ];
  for (const [what, setUp, line] of cases) {
    it(`${what}, even with --force`, async () => {
      const { dir } = await folderWithPlan();
      const report = await setUp(dir);
      // The plan must not be rewritten although its metrics are stale.
      await expectRefusal(dir, () => calc({ cwd: dir, report, force: true, output: captureOutput() }), line);
    });
  }

  it('a hand-written report without --force, and a file that only quotes the mark in its middle', async () => {
    const { dir } = await folderWithPlan();
    await writeFile(path.join(dir, 'bizplan.report.md'), `# My notes\n\n${GENERATED_MARK}\n\nMore of my notes.\n`);
    await expectRefusal(dir, () => calc({ cwd: dir, output: captureOutput() }), /^bizplan\.report\.md: exists and was not written by bizplan; pass --force/);
  });

  it.runIf(isRoot)("another user's report, even with --force", async () => {
    const { dir } = await folderWithPlan();
    const report = path.join(dir, 'r.md');
    await writeFile(report, `x\n${GENERATED_MARK}\n`);
    await chown(report, 4242, 4242);
    await expectRefusal(dir, () => calc({ cwd: dir, report: 'r.md', force: true, output: captureOutput() }), /^r\.md: belongs to another user \(uid 4242\)/);
  });

  it('replaces a report whose last line is the mark, with or without a trailing newline', async () => {
    for (const tail of ['\n', '', '\r\n\r\n']) {
      const { dir } = await folderWithPlan();
      await writeFile(path.join(dir, 'bizplan.report.md'), `old report\n${GENERATED_MARK}${tail}`);
      expect(await calc({ cwd: dir, date: '2026-11-29', output: captureOutput() })).toBe(0);
      expect(await readFile(path.join(dir, 'bizplan.report.md'), 'utf8')).toContain('2026-11-29');
    }
  });
});

describe('calc keeps what the plan file is', () => {
  it('writes through a symlinked plan to its target and keeps the link', async () => {
    const { dir } = await folderWithPlan('real.yaml');
    await symlink('real.yaml', path.join(dir, 'bizplan.yaml'));
    expect(await calc({ cwd: dir, output: captureOutput() })).toBe(0);
    const after = await snapshot(dir);
    expect(after['bizplan.yaml']).toBe('link -> real.yaml');
    expect(await readFile(path.join(dir, 'real.yaml'), 'utf8')).toContain('\nmetrics:\n');
  });

  it('refuses to change a read-only plan, and says how to allow it', async () => {
    const { dir, plan } = await folderWithPlan();
    await chmod(plan, 0o444);
    await expectRefusal(dir, () => calc({ cwd: dir, output: captureOutput() }), /^bizplan\.yaml: is read-only; make it writable \(chmod u\+w\)/);
  });

  it('leaves a read-only plan alone, and still writes the report, when its figures are current', async () => {
    const { dir, plan } = await folderWithPlan();
    await calc({ cwd: dir, output: captureOutput() });
    await chmod(plan, 0o444);
    await writeFile(path.join(dir, 'bizplan.report.md'), `stale\n${GENERATED_MARK}\n`);
    expect(await calc({ cwd: dir, date: '2026-11-29', output: captureOutput() })).toBe(0);
    expect(await readFile(path.join(dir, 'bizplan.report.md'), 'utf8')).toContain('2026-11-29');
    expect((await stat(plan)).mode & 0o777).toBe(0o444);
  });

  it.runIf(isRoot)("refuses to replace another user's plan", async () => {
    const { dir, plan } = await folderWithPlan();
    await chown(plan, 4242, 4242);
    await expectRefusal(dir, () => calc({ cwd: dir, output: captureOutput() }), /^bizplan\.yaml: belongs to another user \(uid 4242\)/);
  });

  it('keeps the permissions of a plan it rewrites, whatever the umask', async () => {
    const { dir, plan } = await folderWithPlan();
    await chmod(plan, 0o640);
    await calc({ cwd: dir, output: captureOutput() });
    expect((await stat(plan)).mode & 0o777).toBe(0o640);
  });
});

describe('reading refuses what is not a regular file, quickly', () => {
  it('a FIFO, /dev/zero, /dev/urandom and /dev/stdin, in calc, check and diff', async () => {
    const { dir } = await folderWithPlan();
    execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')]);
    const started = Date.now();
    await expectRefusal(dir, () => calc({ cwd: dir, plan: 'fifo.yaml', output: captureOutput() }), /^fifo\.yaml: is a named pipe \(FIFO\), which may never end/);
    await expectRefusal(dir, () => calc({ cwd: dir, plan: '/dev/stdin', output: captureOutput() }), /^\/dev\/stdin: names a device, a stream or a system file, not a file of yours/);
    await expectRefusal(dir, () => diff({ cwd: dir, old: 'bizplan.yaml', new: '/dev/urandom', output: captureOutput() }), /^\/dev\/urandom: names a device, a stream or a system file/);
    const output = captureOutput();
    expect(await check({ cwd: dir, files: ['/dev/zero', 'fifo.yaml', 'bizplan.yaml'], output })).toBe(2);
    expect(output.stdout).toContain('/dev/zero: names a device, a stream or a system file');
    expect(output.stdout).toContain('fifo.yaml: is a named pipe (FIFO)');
    // The good plan is still checked and reported.
    expect(output.stdout).toMatch(/✓ bizplan\.yaml\n/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a path through a file and a symlink loop: one line each, in calc, check and diff', async () => {
    const { dir } = await folderWithPlan();
    await symlink('loop.yaml', path.join(dir, 'loop.yaml'));
    await expectRefusal(dir, () => calc({ cwd: dir, plan: 'bizplan.yaml/x', output: captureOutput() }), /^bizplan\.yaml\/x: a part of the path is a file, not a folder/);
    await expectRefusal(dir, () => calc({ cwd: dir, plan: 'loop.yaml', output: captureOutput() }), /^loop\.yaml: too many levels of symbolic links/);
    await expectRefusal(dir, () => diff({ cwd: dir, old: 'bizplan.yaml/x', new: 'bizplan.yaml', output: captureOutput() }), /^bizplan\.yaml\/x: a part of the path/);
    const output = captureOutput();
    expect(await check({ cwd: dir, files: ['loop.yaml', 'bizplan.yaml/x', 'bizplan.yaml'], output })).toBe(2);
    expect(output.stdout).toContain('loop.yaml: too many levels of symbolic links');
    expect(output.stdout).toContain('bizplan.yaml/x: a part of the path is a file, not a folder');
    expect(output.stdout).toMatch(/✓ bizplan\.yaml\n/);
  });

  it('a file that is not UTF-8, broken mid-character, spoils none of the plans read after it', async () => {
    const { dir } = await folderWithPlan();
    const text = await templateText();
    // The first byte of a three-byte character, then nothing: a decoder left mid-character would carry it over.
    await writeFile(path.join(dir, 'broken.yaml'), Buffer.concat([Buffer.from(text), Buffer.from([0xe4])]));
    await writeFile(path.join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from('name: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    await writeFile(path.join(dir, 'again.yaml'), text);
    const output = captureOutput();
    expect(await check({ cwd: dir, files: ['broken.yaml', 'bizplan.yaml', 'latin1.yaml', 'again.yaml'], output })).toBe(2);
    expect(output.stdout).toContain('broken.yaml: is not UTF-8 text; save it as UTF-8');
    expect(output.stdout).toContain('latin1.yaml: is not UTF-8 text; save it as UTF-8');
    expect(output.stdout).toMatch(/✓ bizplan\.yaml\n/);
    expect(output.stdout).toMatch(/✓ again\.yaml\n/);
  });

  it('says which flag named a missing report template, without suggesting bizplan init', async () => {
    const { dir } = await folderWithPlan();
    await expectRefusal(
      dir,
      () => calc({ cwd: dir, reportTemplate: 'missing.mustache', output: captureOutput() }),
      /^missing\.mustache: no such file; check the path given to --report-template/,
    );
  });

  it('maps every file-system refusal to one line, and rethrows anything else as a bug', () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EIO', 'ENAMETOOLONG']) {
      const mapped = asFileError(Object.assign(new Error('x'), { code }), 'plan.yaml');
      expect(mapped).toBeInstanceOf(FileError);
      expect(mapped.lines).toHaveLength(1);
      expect(mapped.message).toMatch(/^plan\.yaml: [a-z]/);
    }
    const bug = new TypeError('undefined is not a function');
    expect(() => asFileError(bug, 'plan.yaml')).toThrow(bug);
  });
});

describe('schema --out and init --out refuse bad paths in one line', () => {
  it('schema --out a folder, a missing folder, a FIFO, a device, or a file that only quotes the mark', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [path.join(dir, 'fifo.json')]);
    await writeFile(path.join(dir, 'notes.json'), `{"note": "${SCHEMA_COMMENT}"}\n`);
    await expectRefusal(dir, () => schema({ cwd: dir, out: '.', force: true, output: captureOutput() }), /^\.: is a folder/);
    await expectRefusal(dir, () => schema({ cwd: dir, out: 'nope/s.json', output: captureOutput() }), /^nope\/s\.json: the folder nope does not exist/);
    await expectRefusal(dir, () => schema({ cwd: dir, out: 'fifo.json', force: true, output: captureOutput() }), /^fifo\.json: is a named pipe/);
    await expectRefusal(dir, () => schema({ cwd: dir, out: '/dev/full', force: true, output: captureOutput() }), /^\/dev\/full: names a device/);
    await expectRefusal(dir, () => schema({ cwd: dir, out: 'notes.json', output: captureOutput() }), /^notes\.json: exists and was not written by bizplan/);
  });

  it('schema --out replaces its own schema without --force', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 's.json'), renderJsonSchema().replace('"title"', '"title_old"'));
    expect(await schema({ cwd: dir, out: 's.json', output: captureOutput() })).toBe(0);
    expect(await readFile(path.join(dir, 's.json'), 'utf8')).toBe(renderJsonSchema());
  });

  it('init --out naming a file', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'taken'), 'a file\n');
    await expectRefusal(dir, () => init({ cwd: dir, out: 'taken', yes: true, output: captureOutput() }), /^taken\/bizplan\.report\.md: a part of the path is a file, not a folder/);
  });
});

describe('the built binary never passes a file-system problem off as a verdict or a bug', () => {
  it('exits 74 when its output cannot be written, never 0 or 1', async () => {
    const { dir } = await folderWithPlan();
    // /dev/full: every write fails with ENOSPC. `check` on a missing plan would otherwise exit 2.
    const full = openSync('/dev/full', 'w');
    const ended = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'check', 'missing.yaml'], { cwd: dir, stdio: ['ignore', full, 'pipe'] });
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => {
        resolve({ code, stderr });
      });
    });
    closeSync(full);
    expect(ended).toEqual({ code: 74, stderr: 'bizplan: could not write the output: no space left on the device; free some space and run again\n' });
  });

  it('exits 2 with one line for a date beyond year 9999 in SOURCE_DATE_EPOCH', async () => {
    const { dir } = await folderWithPlan();
    const run = await runBin(['calc'], dir, { SOURCE_DATE_EPOCH: '99999999999999' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('SOURCE_DATE_EPOCH: must be whole seconds since 1970, up to 253402300799 (the end of year 9999) (got "99999999999999")\n');
    expect(await readdir(dir)).toEqual(['bizplan.yaml']);
  });
});


describe('writeFiles and a signal handler', () => {
  it('abandoning while files are staged removes them, and the rename that follows changes nothing', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'out.md');
    await writeFile(file, 'before\n');
    const target = await claimOutput(file, 'out.md', { force: true });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const writing = writeFiles([{ target, text: 'after\n' }], () => gate);
    // Let the staging finish and the write wait at the gate, as if a signal came now.
    while (!(await readdir(dir)).some((name) => name.endsWith('.tmp'))) await new Promise((resolve) => setTimeout(resolve, 1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Earlier tests in this process wrote files of their own; this one must not be among the written.
    expect(abandonWrites()).not.toContain('out.md');
    expect(await readdir(dir)).toEqual(['out.md']);
    release();
    await expect(writing).rejects.toThrow(/^out\.md: could not be replaced; no file was changed: no such file or folder/);
    expect(await readFile(file, 'utf8')).toBe('before\n');
  });

  it('after a write, the handler names the file as written', async () => {
    const dir = await tempDir();
    const target = await claimOutput(path.join(dir, 'new.md'), 'new.md');
    expect(await writeFiles([{ target, text: 'x\n' }])).toEqual(['new.md']);
    expect(abandonWrites()).toContain('new.md');
  });
});

describe('the sweep of issue 8: paths and files the first fixes missed', () => {
  it('a broken report layout of the user\'s own is one line, exit 2, nothing written', async () => {
    const { dir } = await folderWithPlan();
    for (const layout of ['{{#name}}\n', '{{name\n', '{{#a}}{{/b}}\n']) {
      await writeFile(path.join(dir, 'layout.mustache'), layout);
      const before = await snapshot(dir);
      await expectRefusal(dir, () => calc({ cwd: dir, reportTemplate: 'layout.mustache', output: captureOutput() }), /^layout\.mustache: .+; fix the Mustache layout$/);
      expect(await snapshot(dir)).toEqual(before);
    }
  });

  it('an output path that is empty or ends with a slash names no file', async () => {
    const { dir } = await folderWithPlan();
    await expectRefusal(dir, () => calc({ cwd: dir, report: '', output: captureOutput() }), /^an output path is empty; name a file$/);
    await expectRefusal(dir, () => calc({ cwd: dir, report: 'out/', output: captureOutput() }), /^out\/: ends with a slash, so it names a folder; name a file$/);
    await expectRefusal(dir, () => schema({ cwd: dir, out: '', output: captureOutput() }), /^an output path is empty; name a file$/);
    await expectRefusal(dir, () => schema({ cwd: dir, out: 'new/', output: captureOutput() }), /^new\/: ends with a slash/);
  });

  it('a link to a /proc file is refused as a plan, and check still reports the other plans', async () => {
    const { dir } = await folderWithPlan();
    await symlink('/proc/self/pagemap', path.join(dir, 'pagemap.yaml'));
    await symlink('/proc/self/status', path.join(dir, 'status.yaml'));
    await expectRefusal(dir, () => calc({ cwd: dir, plan: 'pagemap.yaml', output: captureOutput() }), /^pagemap\.yaml: names a device, a stream or a system file/);
    const output = captureOutput();
    expect(await check({ cwd: dir, files: ['pagemap.yaml', 'status.yaml', 'bizplan.yaml'], output })).toBe(2);
    expect(output.stdout).toContain('1 passed, 0 failed a check, 2 invalid');
    await expectRefusal(dir, () => calc({ cwd: dir, report: 'pagemap.yaml', force: true, output: captureOutput() }), /^pagemap\.yaml: is a link to a device or a system file/);
  });

  it('a plan whose name is as long as names go is written: the temporary name stays within 255 bytes', async () => {
    for (const name of [`${'c'.repeat(240)}.yaml`, `${'计'.repeat(80)}.yaml`]) {
      const { dir } = await folderWithPlan(name);
      expect(await calc({ cwd: dir, plan: name, report: 'r.md', output: captureOutput() })).toBe(0);
      expect(await readFile(path.join(dir, name), 'utf8')).toContain('\nmetrics:\n');
    }
  });

  it('says when a replaced plan had other hard links, which keep the old text', async () => {
    const { dir, plan } = await folderWithPlan();
    await link(plan, path.join(dir, 'other-name.yaml'));
    const output = captureOutput();
    expect(await calc({ cwd: dir, output })).toBe(0);
    expect(output.stderr).toContain('Note: bizplan.yaml had 1 other hard link; bizplan replaces a file whole, so those names keep the old text\n');
  });

  it('a bad --date is refused with --no-write too', async () => {
    const { dir } = await folderWithPlan();
    await expectRefusal(dir, () => calc({ cwd: dir, write: false, date: '2025-13-45', output: captureOutput() }), /^--date: must be a calendar date/);
  });

  const chattrWorks = (() => {
    if (!isRoot) return false;
    try {
      execFileSync('lsattr', ['-d', '/tmp'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.runIf(chattrWorks)('an immutable or append-only plan is refused before the report is written (chattr)', async () => {
    for (const flag of ['+i', '+a']) {
      const { dir, plan } = await folderWithPlan();
      try {
        execFileSync('chattr', [flag, plan], { stdio: 'ignore' });
      } catch {
        return; // This file system keeps no such flags.
      }
      try {
        await expectRefusal(dir, () => calc({ cwd: dir, output: captureOutput() }), /^bizplan\.yaml: cannot be changed \(it may be marked immutable or append-only/);
      } finally {
        execFileSync('chattr', [flag.replace('+', '-'), plan]);
      }
    }
  });
});

describe('init refuses before it writes anything', () => {
  it('a bad --date or SOURCE_DATE_EPOCH, before any plan is written', async () => {
    const dir = await tempDir();
    await expectRefusal(dir, () => init({ cwd: dir, yes: true, date: '2025-13-45', output: captureOutput() }), /^--date: must be a calendar date/);
    await expectRefusal(dir, () => init({ cwd: dir, yes: true, env: { SOURCE_DATE_EPOCH: 'abc' }, output: captureOutput() }), /^SOURCE_DATE_EPOCH: must be whole seconds/);
  });

  it('a report path that is the plan itself, even with --force', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bizplan.yaml'), '# my own plan\n');
    await symlink('bizplan.yaml', path.join(dir, 'bizplan.report.md'));
    await expectRefusal(dir, () => init({ cwd: dir, yes: true, force: true, output: captureOutput() }), /^bizplan\.report\.md: is the plan bizplan\.yaml itself/);
  });

  it('names both files it wrote relative to where the user is', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    expect(await init({ cwd: dir, yes: true, out: 'sub/dir', date: '2026-11-29', output })).toBe(0);
    expect(output.stderr).toBe('Wrote sub/dir/bizplan.yaml.\nWrote sub/dir/bizplan.report.md.\n');
  });
});
