import { execFile, spawnSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, tempDir, templateText, templateWith } from '../helpers.js';

const exec = promisify(execFile);

/** The YAML block that follows a README heading. */
async function readmeYaml(heading: string): Promise<unknown> {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(heading));
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error(`no YAML block under ${heading}`);
  return parse(block[1] as string);
}

/**
 * A plan repository with a main branch and a pull request's change on top, an `origin`
 * remote as actions/checkout leaves it, and `bizplan` on PATH as the built binary.
 */
async function pullRequestRepo(): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const root = await tempDir();
  const dir = path.join(root, 'work');
  const bin = path.join(root, 'bin');
  await mkdir(path.join(dir, 'plans'), { recursive: true });
  await mkdir(bin);
  await writeFile(path.join(bin, 'bizplan'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  await chmod(path.join(bin, 'bizplan'), 0o755);
  const git = (...args: string[]) => exec('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
  await git('init', '-q', '-b', 'main');
  await writeFile(path.join(dir, 'bizplan.yaml'), await templateText());
  await writeFile(path.join(dir, 'plans/seed.yaml'), await templateText());
  await git('add', '.');
  await git('commit', '-q', '-m', 'plans');
  await exec('git', ['clone', '-q', '--bare', dir, path.join(root, 'origin.git')]);
  await git('remote', 'add', 'origin', path.join(root, 'origin.git'));
  await git('fetch', '-q', 'origin');
  await git('checkout', '-q', '-b', 'pricier-acquisition');
  await writeFile(path.join(dir, 'bizplan.yaml'), await templateWith({ 'revenue_model.cac': 12000 }));
  await writeFile(path.join(dir, 'plans/seed.yaml'), (await templateText()).replace('break_even_month_max: 33', 'break_even_month_max: 20'));
  return { dir, env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' } };
}

/** Runs one `run:` or `script:` line in bash, as a CI runner would; GitHub's expressions filled in. */
function run(command: string, repo: { dir: string; env: NodeJS.ProcessEnv }) {
  const line = command.replace('${{ github.base_ref }}', 'main');
  return spawnSync('bash', ['-o', 'pipefail', '-c', line], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
}

describe('the README\'s CI workflows, run end to end', () => {
  it('GitHub Actions: annotates the failing plan and writes the pull-request comment', { timeout: 60_000 }, async () => {
    const workflow = (await readmeYaml('### GitHub Actions')) as { jobs: { bizplan: { steps: Array<{ name?: string; run?: string }> } } };
    const step = (name: string) => workflow.jobs.bizplan.steps.find((s) => s.name === name)?.run as string;
    const repo = await pullRequestRepo();

    const check = run(step('Check plans'), repo);
    expect(check.status).toBe(1);
    // A dearer CAC runs the cash out in month 15, before the Series A of month 18 (cross-checked
    // with Python's decimal module): break-even, runway and the funding gap fail in bizplan.yaml.
    expect(check.stdout.split('\n')).toEqual([
      expect.stringMatching(/^::error file=plans\/seed\.yaml,line=\d+,col=25,title=bizplan check%3A break_even_month_max::break_even_month is 30, above the maximum of 20$/),
      expect.stringMatching(/^::error file=bizplan\.yaml,line=\d+,col=25,title=bizplan check%3A break_even_month_max::the projection never breaks even within its horizon \(the maximum of 33\)$/),
      expect.stringMatching(/^::error file=bizplan\.yaml,line=\d+,col=22,title=bizplan check%3A runway_months_min::runway_months is 14, below the minimum of 18$/),
      expect.stringMatching(/^::error file=bizplan\.yaml,line=\d+,col=20,title=bizplan check%3A funding_gap_max::funding_gap is 747655\.62, above the maximum of 0$/),
      expect.stringMatching(/^::warning file=bizplan\.yaml,line=\d+,col=19,title=bizplan%3A no_break_even::The projection does not break even within 36 months/),
      expect.stringMatching(/^::warning file=bizplan\.yaml,line=\d+,col=3,title=bizplan%3A cash_runs_out_with_rounds::Cash goes below zero in month 15 even with the planned rounds\. Raise \$747,655\.62 more/),
      expect.stringMatching(/^::warning file=bizplan\.yaml,line=\d+,col=3,title=bizplan%3A round_too_late::The round "Series A" in month 18 comes 3 months too late/),
      '2 plans: 0 passed, 2 failed a check, 0 invalid',
      '',
    ]);

    const diff = run(step('Diff against the base branch'), repo);
    expect(diff.status).toBe(0);
    const comment = await readFile(path.join(repo.dir, 'bizplan-diff.md'), 'utf8');
    expect(comment).toContain('### bizplan diff: (stdin) → bizplan.yaml');
    expect(comment).toContain('| LTV:CAC | 5.3454 | 4.0091 | −1.3363 🔴 ▼ worse |');
    expect(comment).toContain('| revenue\\_model.cac | \\$9,000 | \\$12,000 |');
  });

  it('GitLab CI: writes a JUnit report with a test case per check', { timeout: 60_000 }, async () => {
    const job = (await readmeYaml('### GitLab CI')) as { bizplan: { script: string[]; artifacts: { reports: { junit: string } } } };
    const repo = await pullRequestRepo();
    const script = job.bizplan.script.filter((line) => !line.startsWith('npm install'));
    expect(script).toHaveLength(1);
    const result = run(script[0] as string, repo);
    expect(result.status).toBe(1);
    const xml = await readFile(path.join(repo.dir, job.bizplan.artifacts.reports.junit), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="bizplan check" tests="12" failures="4" errors="0">/);
    expect(xml.match(/<testcase /g)).toHaveLength(12);
    expect(xml).toContain('<failure type="check" message="break_even_month is 30, above the maximum of 20"/>');
  });
});
