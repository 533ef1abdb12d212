import { execFile, spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, tempDir, templateText, templateWith } from '../helpers.js';

/**
 * The template without its token-price trend: the figures below were cross-checked with Python's
 * decimal module on these recurrences, which the trend (from month 13) would change.
 */
const seedText = async () => (await templateText()).replace('    price_change_yearly: -30%\n', '');

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
 * `gh pr comment` as the workflow uses it, keeping the pull request's comments as files:
 * `--edit-last` fails when there is none yet, as the real gh does.
 */
const GH_STUB = `#!/usr/bin/env bash
set -eu
[ "$1 $2" = "pr comment" ] || { echo "stub gh: unexpected $*" >&2; exit 2; }
shift 3
edit=0; body=""
while [ $# -gt 0 ]; do
  case "$1" in
    --edit-last) edit=1 ;;
    --body-file) body="$2"; shift ;;
    *) echo "stub gh: unexpected $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$GH_COMMENTS"
count=$(ls "$GH_COMMENTS" | wc -l)
if [ "$edit" = 1 ]; then
  [ "$count" -gt 0 ] || { echo "no comments found for current user" >&2; exit 1; }
  cp "$body" "$GH_COMMENTS/$count"
else
  cp "$body" "$GH_COMMENTS/$((count + 1))"
fi
`;

let tarball = '';
let packed = '';
afterAll(async () => {
  await rm(packed, { recursive: true, force: true });
});
beforeAll(async () => {
  // Not tempDir(): that one is emptied after each test, and the tarball serves them all.
  packed = await mkdtemp(path.join(tmpdir(), 'bizplan-pack-'));
  // --ignore-scripts: the build is already in dist/, and rebuilding would pull it from under the other tests.
  await exec('npm', ['pack', '--ignore-scripts', '--pack-destination', packed], { cwd: ROOT });
  const [name] = await readdir(packed);
  tarball = path.join(packed, name as string);
}, 120_000);

interface Repo {
  dir: string;
  env: NodeJS.ProcessEnv;
  comments: string;
}

/**
 * A plan repository as actions/checkout leaves it on a pull request: main on an `origin`
 * remote, the change checked out on top, bizplan's tarball committed in ci/, a stub `gh`, and
 * npm's global folder inside the test so that `npm install --global` touches nothing else.
 */
async function pullRequestRepo(options: { plansFolder: boolean; planOnMain: boolean }): Promise<Repo> {
  const root = await tempDir();
  const dir = path.join(root, 'work');
  const bin = path.join(root, 'bin');
  const globalPrefix = path.join(root, 'npm-global');
  await mkdir(path.join(dir, 'ci'), { recursive: true });
  await mkdir(bin);
  await writeFile(path.join(bin, 'gh'), GH_STUB);
  await chmod(path.join(bin, 'gh'), 0o755);
  await copyFile(tarball, path.join(dir, 'ci', path.basename(tarball)));
  const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
  const git = (...args: string[]) => exec('git', args, { cwd: dir, env: gitEnv });
  await git('init', '-q', '-b', 'main');
  if (options.planOnMain) await writeFile(path.join(dir, 'bizplan.yaml'), await seedText());
  if (options.plansFolder) {
    await mkdir(path.join(dir, 'plans'));
    await writeFile(path.join(dir, 'plans/seed.yaml'), await seedText());
  }
  await git('add', '.');
  await git('commit', '-q', '-m', 'plans');
  await exec('git', ['clone', '-q', '--bare', dir, path.join(root, 'origin.git')]);
  await git('remote', 'add', 'origin', path.join(root, 'origin.git'));
  await git('fetch', '-q', 'origin');
  await git('checkout', '-q', '-b', 'pricier-acquisition');
  // A hand edit without bizplan calc: the figures committed with it are stale.
  await writeFile(path.join(dir, 'bizplan.yaml'), await templateWith({ 'revenue_model.cac': 12000, 'revenue_model.inference.price_change_yearly': undefined }));
  if (options.plansFolder) await writeFile(path.join(dir, 'plans/seed.yaml'), (await seedText()).replace('break_even_month_max: 33', 'break_even_month_max: 20'));
  const env = {
    ...process.env,
    PATH: `${bin}:${path.join(globalPrefix, 'bin')}:${process.env.PATH ?? ''}`,
    npm_config_prefix: globalPrefix,
    // The tarball bundles its dependencies: an install that reached for the registry would fail here.
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    GH_COMMENTS: path.join(root, 'comments'),
    NO_COLOR: '1',
  };
  return { dir, env, comments: path.join(root, 'comments') };
}

/** Runs one `run:` or `script:` entry as a runner would: bash -eo pipefail, GitHub's expressions filled in. */
function run(command: string, repo: Repo) {
  const script = command.replaceAll('${{ github.base_ref }}', 'main').replaceAll('${{ github.event.pull_request.number }}', '7');
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
}

type Workflow = { jobs: { bizplan: { steps: Array<{ name?: string; run?: string }> } } };

async function githubSteps(): Promise<(name: string) => string> {
  const workflow = (await readmeYaml('### GitHub Actions')) as Workflow;
  return (name) => {
    const found = workflow.jobs.bizplan.steps.find((s) => s.name === name)?.run;
    if (!found) throw new Error(`no step ${name}`);
    return found;
  };
}

describe('the README\'s CI workflows, run end to end', () => {
  it('GitHub Actions, pasted into a one-plan repository: installs, annotates, and keeps one comment', { timeout: 120_000 }, async () => {
    const step = await githubSteps();
    const repo = await pullRequestRepo({ plansFolder: false, planOnMain: true });

    const install = run(step('Install bizplan'), repo);
    expect(install.status, install.stderr).toBe(0);
    expect(step('Install bizplan')).toContain(`./ci/${path.basename(tarball)}`);

    const check = run(step('Check plans'), repo);
    expect(check.status).toBe(1);
    expect(check.stdout.split('\n')).toEqual([
      // A dearer CAC runs the cash out in month 15, before the Series A of month 18 (cross-checked
      // with Python's decimal module): break-even, runway and the funding gap fail.
      expect.stringMatching(/^::error file=bizplan\.yaml,line=\d+,col=25,title=bizplan check%3A break_even_month_max::the projection never breaks even within its horizon \(the maximum of 33\)$/),
      expect.stringMatching(/^::error file=bizplan\.yaml,line=\d+,col=22,title=bizplan check%3A runway_months_min::runway_months is 14, below the minimum of 18$/),
      expect.stringMatching(/^::error file=bizplan\.yaml,line=\d+,col=20,title=bizplan check%3A funding_gap_max::funding_gap is 747655\.62, above the maximum of 0$/),
      expect.stringMatching(/^::error file=bizplan\.yaml,line=1,col=1,title=bizplan check%3A stale::the metrics: section of bizplan\.yaml differs from what bizplan calc would write now/),
      expect.stringMatching(/^::warning file=bizplan\.yaml,line=\d+,col=19,title=bizplan%3A no_break_even::The projection does not break even within 36 months/),
      expect.stringMatching(/^::warning file=bizplan\.yaml,line=\d+,col=3,title=bizplan%3A cash_runs_out_with_rounds::Cash goes below zero in month 15 even with the planned rounds\. Raise \$747,655\.62 more/),
      expect.stringMatching(/^::warning file=bizplan\.yaml,line=\d+,col=3,title=bizplan%3A round_too_late::The round "Series A" in month 18 comes 3 months too late/),
      '1 plan: 0 passed, 1 failed a check, 0 invalid',
      '',
    ]);

    const diff = run(step('Diff against the base branch'), repo);
    expect(diff.status, diff.stderr).toBe(0);
    const comment = await readFile(path.join(repo.dir, 'bizplan-diff.md'), 'utf8');
    expect(comment).toContain('### bizplan diff: (stdin) → bizplan.yaml');
    expect(comment).toContain('| LTV:CAC | 5.3454 | 4.0091 | −1.3363 🔴 ▼ worse |');
    expect(comment).toContain('| revenue\\_model.cac | \\$9,000 | \\$12,000 |');

    // Two pushes: the first comment is created, the second edits it.
    for (let push = 0; push < 2; push++) expect(run(step('Comment on the pull request'), repo).status).toBe(0);
    const comments = await readdir(repo.comments);
    expect(comments).toEqual(['1']);
    expect(await readFile(path.join(repo.comments, '1'), 'utf8')).toBe(comment);
  });

  it('GitHub Actions: checks plans/ too, and fails the run for the plan that fails', { timeout: 120_000 }, async () => {
    const step = await githubSteps();
    const repo = await pullRequestRepo({ plansFolder: true, planOnMain: true });
    expect(run(step('Install bizplan'), repo).status).toBe(0);
    const check = run(step('Check plans'), repo);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/^::error file=plans\/seed\.yaml,line=\d+,col=25,title=bizplan check%3A break_even_month_max::break_even_month is 30, above the maximum of 20$/m);
    expect(check.stdout).toContain('2 plans: 0 passed, 2 failed a check, 0 invalid');
  });

  it('GitHub Actions: on the pull request that adds the plan, the comment says it is new', { timeout: 120_000 }, async () => {
    const step = await githubSteps();
    const repo = await pullRequestRepo({ plansFolder: false, planOnMain: false });
    expect(run(step('Install bizplan'), repo).status).toBe(0);
    const diff = run(step('Diff against the base branch'), repo);
    expect(diff.status, diff.stderr).toBe(0);
    const comment = await readFile(path.join(repo.dir, 'bizplan-diff.md'), 'utf8');
    expect(comment.split('\n').slice(0, 5)).toEqual(['### bizplan diff: bizplan.yaml is a new plan', '', '| Metric | Value |', '| --- | --- |', '| Variable cost per customer | \\$597.28 |']);
    expect(comment).toContain('| LTV:CAC | 4.0091 |');
  });

  it('GitLab CI: writes a JUnit report with a test case per check', { timeout: 120_000 }, async () => {
    const job = (await readmeYaml('### GitLab CI')) as { bizplan: { script: string[]; artifacts: { reports: { junit: string } } } };
    const repo = await pullRequestRepo({ plansFolder: true, planOnMain: true });
    const [install, check, ...rest] = job.bizplan.script;
    expect(rest).toEqual([]);
    expect(run(install as string, repo).status).toBe(0);
    const result = run(check as string, repo);
    expect(result.status).toBe(1);
    const xml = await readFile(path.join(repo.dir, job.bizplan.artifacts.reports.junit), 'utf8');
    // Four checks and "up to date" for each of the two plans.
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="bizplan check" tests="14" failures="6" errors="0">/);
    expect(xml.match(/<testcase /g)).toHaveLength(14);
    expect(xml).toContain('<failure type="check" message="break_even_month is 30, above the maximum of 20"/>');
    await rm(path.join(repo.dir, 'plans'), { recursive: true });
    expect(run(check as string, repo).status).toBe(1);
  });
});
