#!/usr/bin/env node
'use strict';
// Type-checks the ServiceNow scripts in manifest/ (business rule, install script) with TypeScript --checkJs against
// @servicenow/glide, ServiceNow's published declarations of the Glide API (see glide/tsconfig.json, glide/globals.d.ts).
// Usage: node tools/manifest/check-glide-types.js   (exit 1 and tsc's messages on any type error)
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const tsc = require.resolve('typescript/bin/tsc', { paths: [__dirname] });
const result = spawnSync(process.execPath, [tsc, '-p', path.join(__dirname, 'glide', 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
if (result.status === 0) {
  console.log('ServiceNow scripts type-check against @servicenow/glide');
}
process.exit(result.status === 0 ? 0 : 1);
