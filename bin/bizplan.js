#!/usr/bin/env node
// The installed command: a shim over the bundled build, so the package runs without TypeScript.
import '../dist/cli.js';
