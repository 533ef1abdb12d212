// Bundles the CLI into dist/: one small entry, and a chunk per lazily imported command.
import { readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  // The check worker is an entry of its own: worker threads start from a file.
  entryPoints: ['src/cli.ts', 'src/check-worker.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { BIZPLAN_VERSION: JSON.stringify(pkg.version), BIZPLAN_BUNDLED: 'true' },
  // Bundled CommonJS dependencies (commander) still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __bizplanRequire } from 'node:module'; const require = __bizplanRequire(import.meta.url);" },
  logLevel: 'warning',
});
