// Bundles the CLI into dist/: one CommonJS file for the command and its check workers,
// then makes V8's code cache for the command on this Node (see bin/bizplan.js).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(await readFile(new URL('package.json', `file://${root}`), 'utf8'));
await rm(new URL('dist', `file://${root}`), { recursive: true, force: true });

// The fast validator is generated from the zod schema first, so it always follows the schema.
const generatorDir = await mkdtemp(path.join(tmpdir(), 'bizplan-gen-'));
try {
  const generator = path.join(generatorDir, 'generate.mjs');
  await build({ entryPoints: [path.join(root, 'src/core/plan/fast-validator-gen.ts')], outfile: generator, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  const { generateFastValidator } = await import(pathToFileURL(generator).href);
  const generated = path.join(root, 'src/core/plan/fast-validator.generated.ts');
  const text = generateFastValidator();
  if ((await readFile(generated, 'utf8').catch(() => '')) !== text) await writeFile(generated, text);
} finally {
  await rm(generatorDir, { recursive: true, force: true });
}

await build({
  // One entry: src/main.ts starts the command, or in a worker thread the check worker.
  entryPoints: { bizplan: 'src/main.ts' },
  absWorkingDir: root,
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  // One script a process, not an ESM graph of chunks: CommonJS is what V8 can cache compiled
  // on Node 20, and modules imported lazily stay lazy (esbuild evaluates them on first import()).
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  define: { BIZPLAN_VERSION: JSON.stringify(pkg.version), BIZPLAN_BUNDLED: 'true', 'import.meta.url': '__bizplanModuleUrl' },
  banner: { js: "var __bizplanModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

await mkdir(new URL('dist/code-cache', `file://${root}`), { recursive: true });
// The build's id closes the bundle: the SHA-256 of its code, which the command matches to its code cache.
const bundlePath = new URL('dist/bizplan.cjs', `file://${root}`);
const code = await readFile(bundlePath, 'utf8');
await writeFile(bundlePath, `${code}\n//# bizplan-build=${createHash('sha256').update(code).digest('hex')}\n`);

// The code caches are made by running the commands, so they hold the functions a run compiles:
// a `calc` for every command but `simulate`, and for `simulate` (see bin/bizplan.js) a short run
// in each of its formats, one process, of a template given ranges of every distribution.
const template = path.join(root, 'templates/plans/speech-recognition.yaml');
function makeCodeCache(args, then = []) {
  const run = spawnSync(process.execPath, ['bin/bizplan.js', ...args], {
    cwd: root,
    env: { ...process.env, BIZPLAN_MAKE_CODE_CACHE: '1', BIZPLAN_CODE_CACHE_THEN: JSON.stringify(then) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`making the code cache with ${args[0]} failed (exit ${run.status})`);
}
makeCodeCache(['calc', template, '--json', '--no-write']);
const cacheDir = await mkdtemp(path.join(tmpdir(), 'bizplan-cache-run-'));
try {
  const simulated = path.join(cacheDir, 'simulated.yaml');
  await writeFile(
    simulated,
    `${await readFile(template, 'utf8')}
uncertainty:
  revenue_model.churn_monthly: { low: "1.5%", high: "5%" }
  growth.new_customers_monthly: { low: 6, high: 20, dist: triangular }
  revenue_model.inference.output_price_per_million: { low: 2, high: 8, dist: lognormal }
  resources.fixed_costs_monthly: { low: 200000, high: 280000, dist: normal }
  revenue_model.cac: { low: 7000, high: 12000, dist: uniform }
`,
  );
  const [first, ...then] = ['json', 'text', 'markdown'].map((format) => ['simulate', simulated, '--runs', '500', '--format', format]);
  makeCodeCache(first, then);
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
