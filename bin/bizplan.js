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
const cacheFile = path.join(dist, 'code-cache', `${process.version}-${process.arch}.bin`);
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
if (process.env.BIZPLAN_MAKE_CODE_CACHE === '1') {
  // The build's own run (scripts/build.mjs): save what it compiled, atomically, once the command is done.
  process.once('exit', () => {
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, Buffer.concat([buildId, script.createCachedData()]));
    renameSync(temp, cacheFile);
  });
}
const bundled = { exports: {} };
script.runInThisContext()(bundled.exports, require('node:module').createRequire(bundle), bundled, bundle, dist);
