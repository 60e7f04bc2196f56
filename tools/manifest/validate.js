#!/usr/bin/env node
'use strict';
// Validates the Teams app package source offline against the schemas shipped in npm @microsoft/app-manifest.
// Usage: node tools/manifest/validate.js [--manifest <path>]
//   default: appPackage/manifest.json with dummy ids substituted for the ${{...}} placeholders
//   --manifest: a built manifest (appPackage/build/manifest.json) checked as-is; placeholders left in it are errors
const fs = require('node:fs');
const path = require('node:path');
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const { decode } = require('./png');

const REPO = path.resolve(__dirname, '..', '..');
const SCHEMAS = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');
const DUMMY = {
  TEAMS_APP_ID: '00000000-0000-4000-8000-000000000001',
  BOT_ID: '00000000-0000-4000-8000-000000000002',
  BOT_DOMAIN: 'snowchatops-bot.example',
};
const REQUIRED_COMMANDS = ['help', 'connect', 'status', 'diagnose', 'actions', 'share', 'tickets', 'settings'];
const errors = [];
const fail = (where, message) => errors.push(`${where}: ${message}`);

function parseArgs(argv) {
  const i = argv.indexOf('--manifest');
  return i >= 0 ? { file: path.resolve(argv[i + 1] || ''), substitute: false } : { file: path.join(REPO, 'appPackage', 'manifest.json'), substitute: true };
}

function loadManifest({ file, substitute }) {
  let text = fs.readFileSync(file, 'utf8');
  if (substitute) {
    text = text.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (m, name) => (name in DUMMY ? DUMMY[name] : m));
  }
  for (const left of new Set(text.match(/\$\{\{[^}]*\}\}/g) || [])) {
    fail(path.relative(REPO, file), `placeholder ${left} was not substituted`);
  }
  return JSON.parse(text);
}

function schemaValidator(version, fileName) {
  const schemaPath = path.join(SCHEMAS, `v${version}`, fileName);
  if (!fs.existsSync(schemaPath)) throw new Error(`@microsoft/app-manifest ships no ${fileName} for v${version}`);
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false }) // the shipped patterns are not valid with the u flag;
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
}

function checkSchema(where, validate, data) {
  if (validate(data)) return;
  for (const e of validate.errors) {
    const detail = e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : '';
    fail(where, `${e.instancePath || '/'} ${e.message}${detail}`);
  }
}

function valueAt(obj, key) {
  // Localization keys look like "bots[0].commandLists[1].commands[2].title".
  return key.split('.').reduce((cur, part) => {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (cur === undefined || !m) return undefined;
    let next = cur[m[1]];
    for (const idx of m[2].match(/\d+/g) || []) next = next === undefined ? undefined : next[Number(idx)];
    return next;
  }, obj);
}

function checkLocalizations(manifest, dir) {
  const info = manifest.localizationInfo || {};
  const validate = schemaValidator(manifest.manifestVersion, 'MicrosoftTeams.Localization.schema.json');
  for (const lang of info.additionalLanguages || []) {
    const file = path.join(dir, lang.file);
    if (!fs.existsSync(file)) { fail(lang.file, 'listed in localizationInfo but missing'); continue; }
    const before = errors.length;
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    checkSchema(lang.file, validate, data);
    for (const key of Object.keys(data).filter((k) => k !== '$schema')) {
      if (valueAt(manifest, key) === undefined) fail(lang.file, `key "${key}" names nothing in the manifest`);
    }
    const bots = (manifest.bots || [])[0];
    (bots ? bots.commandLists : []).forEach((list, i) => list.commands.forEach((c, j) => {
      const key = `bots[0].commandLists[${i}].commands[${j}].title`;
      if (key in data && data[key] !== c.title) fail(lang.file, `${key} must stay "${c.title}": the bot routes on the command text`);
    }));
    if (errors.length === before) console.log(`ok   ${lang.file} (${lang.languageTag}) against v${manifest.manifestVersion} localization schema`);
  }
}

function checkIcon(dir, rel, size, outline) {
  const file = path.join(dir, rel || '');
  if (!rel || !fs.existsSync(file)) { fail('icons', `${rel} is missing`); return; }
  let png;
  try { png = decode(fs.readFileSync(file)); } catch (e) { fail(rel, e.message); return; }
  if (png.width !== size || png.height !== size) fail(rel, `is ${png.width}x${png.height}, must be ${size}x${size}`);
  if (outline) {
    if (![4, 6].includes(png.colorType)) fail(rel, 'must have an alpha channel (transparent background)');
    else if (!png.pixels) fail(rel, 'use 8-bit non-interlaced PNG so its colours can be checked');
    else {
      const bad = png.pixels.filter(([r, g, b, a]) => a > 0 && (r !== 255 || g !== 255 || b !== 255)).length;
      if (bad > 0) fail(rel, `${bad} visible pixels are not white; an outline icon is white on transparent only`);
      if (!png.pixels.some(([, , , a]) => a > 0)) fail(rel, 'is fully transparent');
    }
  }
  if (!errors.some((e) => e.startsWith(`${rel}:`))) console.log(`ok   ${rel} ${png.width}x${png.height}`);
}

function checkConsistency(m, where) {
  const bot = (m.bots || [])[0];
  if (!bot) { fail(where, 'no bot'); return; }
  for (const ext of m.composeExtensions || []) {
    if (ext.botId !== bot.botId) fail(where, 'composeExtensions[].botId differs from bots[0].botId');
  }
  for (const list of bot.commandLists || []) {
    const titles = list.commands.map((c) => c.title);
    const missing = REQUIRED_COMMANDS.filter((c) => !titles.includes(c));
    if (missing.length) fail(where, `command list for ${list.scopes} lacks ${missing.join(', ')}`);
  }
  if (m.$schema && !m.$schema.includes(`/v${m.manifestVersion}/`)) fail(where, `$schema does not match manifestVersion ${m.manifestVersion}`);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const where = path.relative(REPO, args.file);
  const dir = path.dirname(args.file);
  const manifest = loadManifest(args);
  checkSchema(where, schemaValidator(manifest.manifestVersion, 'MicrosoftTeams.schema.json'), manifest);
  if (!errors.length) console.log(`ok   ${where} against v${manifest.manifestVersion} manifest schema`);
  checkConsistency(manifest, where);
  checkLocalizations(manifest, dir);
  checkIcon(dir, manifest.icons && manifest.icons.color, 192, false);
  checkIcon(dir, manifest.icons && manifest.icons.outline, 32, true);
  if (errors.length) {
    console.error(`\n${errors.length} problem(s):`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log('manifest validation passed');
}

try { main(); } catch (e) { console.error(`validation failed: ${e.message}`); process.exit(2); }
