#!/usr/bin/env node
// The installed command. It runs the bundle (dist/bizplan.cjs) with V8's code cache when the
// build made one for this very Node (dist/code-cache/): a cold start then skips compiling
// what every run compiles. V8 itself refuses a cache made by another V8 or with other flags,
// and a cache made from another bundle (its CRC-32 is recorded with it) is not even offered.
// Nothing is written here at run time, so no run leaves a stale or poisoned cache for the next.
// CommonJS (see package.json here), like the bundle: Node starts a CommonJS script sooner.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { crc32 } = require('node:zlib');

const dist = path.join(__dirname, '..', 'dist');
const bundle = path.join(dist, 'bizplan.cjs');
const cacheFile = path.join(dist, 'code-cache', `${process.version}-${process.arch}.bin`);
const bytes = readFileSync(bundle);
const check = Buffer.alloc(8);
check.writeUInt32LE(crc32(bytes), 0);
check.writeUInt32LE(bytes.length, 4);

/** The cached code, when it was made from exactly this bundle: its first 8 bytes are the bundle's CRC-32 and length. */
function cachedData() {
  try {
    const file = readFileSync(cacheFile);
    return file.subarray(0, 8).equals(check) ? file.subarray(8) : undefined;
  } catch {
    return undefined;
  }
}

// Wrapped on the bundle's first line, so stack traces keep its line numbers.
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`, {
  filename: bundle,
  cachedData: cachedData(),
});
if (process.env.BIZPLAN_MAKE_CODE_CACHE === '1') {
  // The build's own run (scripts/build.mjs): save what it compiled, atomically, once the command is done.
  process.once('exit', () => {
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, Buffer.concat([check, script.createCachedData()]));
    renameSync(temp, cacheFile);
  });
}
const bundled = { exports: {} };
script.runInThisContext()(bundled.exports, require('node:module').createRequire(bundle), bundled, bundle, dist);
