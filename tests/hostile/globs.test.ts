import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlans, splitPattern } from '../../src/shell/find-plans.js';
import { tempDir } from '../helpers.js';

/** g/a.yaml, g/other/d.yaml, g/sub/b.yaml, g/sub/deeper/c.yaml, and a non-plan g/sub/notes.md. */
async function tree(): Promise<string> {
  const root = path.join(await tempDir(), 'g');
  for (const dir of ['other', 'sub/deeper']) await mkdir(path.join(root, dir), { recursive: true });
  for (const file of ['a.yaml', 'other/d.yaml', 'sub/b.yaml', 'sub/deeper/c.yaml', 'sub/notes.md']) await writeFile(path.join(root, file), 'version: 1\n');
  return root;
}

const shown = async (cwd: string, pattern: string) => (await findPlans(cwd, [pattern])).plans.map((p) => p.shownAs);

describe('plan globs match every plan they name, wherever they start', () => {
  it('patterns that climb above the cwd (tinyglobby issue 128 skipped the cwd itself)', async () => {
    const root = await tree();
    const sub = path.join(root, 'sub');
    expect(await shown(sub, '../**/*.yaml')).toEqual(['../a.yaml', '../other/d.yaml', '../sub/b.yaml', '../sub/deeper/c.yaml']);
    expect(await shown(sub, '../*/*.yaml')).toEqual(['../other/d.yaml', '../sub/b.yaml']);
    expect(await shown(sub, '../sub/**/*.yaml')).toEqual(['../sub/b.yaml', '../sub/deeper/c.yaml']);
    expect(await shown(sub, '../{sub,other}/*.yaml')).toEqual(['../other/d.yaml', '../sub/b.yaml']);
    expect(await shown(path.join(sub, 'deeper'), '../../**/c.yaml')).toEqual(['../../sub/deeper/c.yaml']);
  });

  it('absolute patterns, shown absolute', async () => {
    const root = await tree();
    expect(await shown(path.join(root, 'sub'), `${root}/**/*.yaml`)).toEqual(['a.yaml', 'other/d.yaml', 'sub/b.yaml', 'sub/deeper/c.yaml'].map((f) => `${root}/${f}`));
  });

  it('patterns below the cwd, as written', async () => {
    const root = await tree();
    expect(await shown(root, '**/*.yaml')).toEqual(['a.yaml', 'other/d.yaml', 'sub/b.yaml', 'sub/deeper/c.yaml']);
    expect(await shown(root, './sub/*.yaml')).toEqual(['./sub/b.yaml']);
    expect(await shown(root, 'sub/**/*.md')).toEqual(['sub/notes.md']);
  });

  it('every file a pattern reaches from one folder, it reaches from any other folder of the tree', async () => {
    const root = await tree();
    const folders = ['', 'sub', 'sub/deeper', 'other'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...folders), fc.constantFrom(...folders), fc.constantFrom('**/*.yaml', '*/*.yaml', '*.yaml', '**/c.yaml'), async (from, target, rest) => {
        const cwd = path.join(root, from);
        const base = path.relative(cwd, path.join(root, target)) || '.';
        const found = (await findPlans(cwd, [`${base}/${rest}`])).plans.map((p) => path.relative(root, p.absolute)).sort();
        const direct = (await findPlans(path.join(root, target), [rest])).plans.map((p) => path.relative(root, p.absolute)).sort();
        expect(found).toEqual(direct);
      }),
      { numRuns: 40 },
    );
  });

  it('splits a pattern at its first segment that is a pattern', () => {
    expect(splitPattern('../../plans/**/*.yaml')).toEqual({ base: '../../plans', rest: '**/*.yaml' });
    expect(splitPattern('/abs/x/*.yaml')).toEqual({ base: '/abs/x', rest: '*.yaml' });
    expect(splitPattern('/*.yaml')).toEqual({ base: '/', rest: '*.yaml' });
    expect(splitPattern('**/*.yaml')).toEqual({ base: '', rest: '**/*.yaml' });
    expect(splitPattern('{a,b/c}/*.yaml')).toEqual({ base: '', rest: '{a,b/c}/*.yaml' });
  });
});

describe('plan globs list what they cannot read', () => {
  it('a FIFO or a link to nothing that a pattern names is listed, to be reported as an invalid plan', async () => {
    const { execFileSync } = await import('node:child_process');
    const { symlink } = await import('node:fs/promises');
    const root = await tree();
    execFileSync('mkfifo', [path.join(root, 'sub/pipe.yaml')]);
    await symlink('nowhere.yaml', path.join(root, 'dangling.yaml'));
    await symlink('../a.yaml', path.join(root, 'sub/linked.yaml'));
    expect(await shown(root, '*.yaml')).toEqual(['a.yaml', 'dangling.yaml']);
    expect(await shown(root, 'sub/*.yaml')).toEqual(['sub/b.yaml', 'sub/linked.yaml', 'sub/pipe.yaml']);
    expect(await shown(root, '**/*.yaml')).toEqual(['a.yaml', 'dangling.yaml', 'other/d.yaml', 'sub/b.yaml', 'sub/deeper/c.yaml', 'sub/linked.yaml', 'sub/pipe.yaml']);
    expect(await shown(path.join(root, 'other'), '../*/p*.yaml')).toEqual(['../sub/pipe.yaml']);
  });
});
