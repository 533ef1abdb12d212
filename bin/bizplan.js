#!/usr/bin/env node
// The installed command. It runs the bundle (dist/bizplan.cjs) with V8's code cache when the
// build made one for this very Node (dist/code-cache/): a cold start then skips compiling
// what every run compiles. V8 itself refuses a cache made by another V8, with other flags or
// for a source of another length, and a cache made for another build is not even offered.
// Nothing is written here at run time, so no run leaves a stale or poisoned cache for the next.
// CommonJS (see package.json here), like the bundle: Node starts a CommonJS script sooner.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const dist = path.join(__dirname, '..', 'dist');
const bundle = path.join(dist, 'bizplan.cjs');
// Two caches: one for `simulate`, which reads its plan the full way (yaml, zod) and runs the
// simulation, and one for every other command, so the others do not load code they never run.
// A cache of the other kind would still be accepted, only slower: V8 checks the source, not the command.
const cacheKind = process.argv[2] === 'simulate' ? '.simulate' : '';
const cacheFile = path.join(dist, 'code-cache', `${process.version}-${process.arch}${cacheKind}.bin`);
const source = readFileSync(bundle, 'utf8');
// The build ends the bundle with the SHA-256 of its code (scripts/build.mjs): which build this is, read, not recomputed.
const BUILD_MARK = '\n//# bizplan-build=';
const buildId = Buffer.from(source.slice(source.lastIndexOf(BUILD_MARK) + BUILD_MARK.length).slice(0, 64), 'hex');

/** The cached code, when it was made from this very build: its first 32 bytes are the build's id. */
function cachedData() {
  if (buildId.length !== 32) return undefined;
  try {
    const file = readFileSync(cacheFile);
    return file.subarray(0, 32).equals(buildId) ? file.subarray(32) : undefined;
  } catch {
    return undefined;
  }
}

// Wrapped on the bundle's first line, so stack traces keep its line numbers.
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData: cachedData(),
});
/** Runs the bundle on process.argv: the command, or in a worker thread its work. */
function runBundle() {
  const bundled = { exports: {} };
  script.runInThisContext()(bundled.exports, require('node:module').createRequire(bundle), bundled, bundle, dist);
}
if (process.env.BIZPLAN_MAKE_CODE_CACHE === '1') {
  // The build's own run (scripts/build.mjs). After the command, each further one it lists in
  // BIZPLAN_CODE_CACHE_THEN (JSON, a list of argument lists) runs in this process too, once the
  // one before is done and succeeded, so the cache holds the code of them all; then what they
  // compiled is saved, atomically.
  const then = JSON.parse(process.env.BIZPLAN_CODE_CACHE_THEN ?? '[]');
  process.on('beforeExit', () => {
    if (then.length === 0 || (process.exitCode ?? 0) !== 0) return;
    process.argv = [process.argv[0], process.argv[1], ...then.shift()];
    runBundle();
  });
  process.once('exit', () => {
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, Buffer.concat([buildId, script.createCachedData()]));
    renameSync(temp, cacheFile);
  });
}
runBundle();
