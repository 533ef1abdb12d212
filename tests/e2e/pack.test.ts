import { execFile } from 'node:child_process';
import { copyFile, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const exec = promisify(execFile);

describe('the npm package', () => {
  it('installs from its tarball into an empty folder and runs there', { timeout: 120_000 }, async () => {
    const packed = await tempDir();
    // --ignore-scripts: the build is already in dist/, and rebuilding would pull it from under the other tests.
    await exec('npm', ['pack', '--ignore-scripts', '--pack-destination', packed], { cwd: ROOT });
    const [tarball] = await readdir(packed);
    expect(tarball).toMatch(/^bizplan-\d+\.\d+\.\d+\.tgz$/);

    const app = await tempDir();
    await exec('npm', ['init', '-y'], { cwd: app });
    // The package bundles its dependencies, so installing it needs no registry.
    await exec('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(packed, tarball as string)], { cwd: app });
    const { stdout: version } = await exec('npx', ['--no-install', 'bizplan', '--version'], { cwd: app });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+$/);

    // The installed package finds its own report layouts, whatever folder it runs from.
    await copyFile(path.join(app, 'node_modules/bizplan/templates/plans/speech-recognition.yaml'), path.join(app, 'bizplan.yaml'));
    const { stdout } = await exec('npx', ['--no-install', 'bizplan', 'calc', '--json', '--date', '2026-11-29'], { cwd: app });
    expect((JSON.parse(stdout) as { metrics: { break_even_customers: number } }).metrics.break_even_customers).toBe(261);
    expect(await readFile(path.join(app, 'bizplan.report.md'), 'utf8')).toContain('## Unit economics');
  });
});
