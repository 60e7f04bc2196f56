#!/usr/bin/env node
// Validates Adaptive Card JSON files the way Teams will read them.
// Usage: node tools/cards/validate-cards.js <dir> [--json]
// Checks, per *.json file in <dir>: the official parser (adaptivecards 3.0.6) reports no error or warning; the card
// declares a version no higher than 1.5 (what Teams renders); no property is unknown to the parser (it silently drops
// those, so the input is compared with the parser's re-serialised card); every {{DATE()}}/{{TIME()}} text function is
// one the renderer formats (a malformed one is shown to the reader raw) and stands only where it is rendered (text
// and facts, not titles of buttons or inputs). Prints one line per file (or a JSON report
// with --json) and exits 1 when any card fails, 2 on a usage error.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
// The package main needs a DOM; the minified bundle parses and serialises without one.
const AC = require('adaptivecards/dist/adaptivecards.min.js');
// The renderer's own DATE()/TIME() text functions (plain functions, no DOM).
const { formatText } = require('adaptivecards/lib/text-formatters.js');

const MAX_VERSION = { major: 1, minor: 5 };
// Teams-specific or free-form members the parser does not model but Teams reads.
const OPAQUE_KEYS = new Set(['data', 'msteams']);
// Collections the serialiser omits when empty; element fallback is handled outside the schemas.
const STRUCTURAL_KEYS = new Set([
  'body', 'actions', 'items', 'columns', 'rows', 'cells', 'facts', 'choices', 'images', 'inlines', 'cards', 'fallback',
]);
// Untyped objects, recognised by the member that holds them.
const UNTYPED_BY_PARENT_KEY = {
  facts: AC.Fact, choices: AC.Choice, backgroundImage: AC.BackgroundImage, refresh: AC.RefreshDefinition,
  authentication: AC.Authentication, tokenExchangeResource: AC.TokenExchangeResource, buttons: AC.AuthCardButton,
};
const TYPED_CLASSES = {
  AdaptiveCard: AC.AdaptiveCard, Column: AC.Column, TableRow: AC.TableRow, TableCell: AC.TableCell, TextRun: AC.TextRun,
};

function schemaNames(instance) {
  const schema = instance.getSchema();
  const names = new Set();
  for (let i = 0; i < schema.getCount(); i++) names.add(schema.getItemAt(i).name);
  return names;
}

function knownNamesFor(node, parentKey) {
  const type = typeof node.type === 'string' ? node.type : undefined;
  let instance;
  if (type) {
    instance = AC.GlobalRegistry.elements.createInstance(type, AC.Versions.v1_5)
      ?? AC.GlobalRegistry.actions.createInstance(type, AC.Versions.v1_5)
      ?? (TYPED_CLASSES[type] ? new TYPED_CLASSES[type]() : undefined);
  } else if (UNTYPED_BY_PARENT_KEY[parentKey]) {
    instance = new UNTYPED_BY_PARENT_KEY[parentKey]();
  } else if (parentKey === 'columns') {
    instance = new AC.TableColumnDefinition();
  }
  return instance ? schemaNames(instance) : new Set();
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Reports input members that the parser dropped and that its schema does not know (a dropped known member is a default).
function compare(input, output, at, parentKey, errors) {
  if (Array.isArray(input)) {
    input.forEach((item, i) => compare(item, Array.isArray(output) ? output[i] : undefined, `${at}[${i}]`, parentKey, errors));
    return;
  }
  if (!isObject(input)) return;
  const out = isObject(output) ? output : {};
  const known = knownNamesFor(input, parentKey);
  for (const [key, value] of Object.entries(input)) {
    if (OPAQUE_KEYS.has(key)) continue;
    if (!(key in out)) {
      if (!known.has(key) && !STRUCTURAL_KEYS.has(key)) {
        errors.push(`unknown property "${key}" at ${at}${input.type ? ` (${input.type})` : ''}`);
      }
      continue;
    }
    compare(value, out[key], `${at}.${key}`, key, errors);
  }
}

function checkVersion(json, errors) {
  const match = /^(\d+)\.(\d+)$/.exec(typeof json.version === 'string' ? json.version : '');
  if (!match) {
    errors.push(`version must be a "major.minor" string, got ${JSON.stringify(json.version)}`);
    return;
  }
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major > MAX_VERSION.major || (major === MAX_VERSION.major && minor > MAX_VERSION.minor)) {
    errors.push(`version ${json.version} is above ${MAX_VERSION.major}.${MAX_VERSION.minor}, the highest Teams renders`);
  }
}

// Text members where the renderer applies DATE()/TIME(): a TextBlock's or TextRun's text, a fact's title and value.
function formatsTextFunctions(key, parentKey, node) {
  if (parentKey === 'facts') return key === 'title' || key === 'value';
  return key === 'text' && (node.type === 'TextBlock' || node.type === 'TextRun');
}

function checkTextFunctions(node, at, parentKey, errors) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => checkTextFunctions(item, `${at}[${i}]`, parentKey, errors));
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value !== 'string') {
      if (key !== 'data') checkTextFunctions(value, `${at}.${key}`, key, errors);
      continue;
    }
    if (!/\{\{(DATE|TIME)\(/.test(value)) continue;
    if (!formatsTextFunctions(key, parentKey, node)) {
      errors.push(`DATE/TIME function where it is not rendered at ${at}.${key}`);
    } else if (/\{\{(DATE|TIME)\(/.test(formatText('en-US', value))) {
      errors.push(`malformed DATE/TIME function at ${at}.${key}: ${JSON.stringify(value)}`);
    }
  }
}

function validateCard(text) {
  const errors = [];
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [`invalid JSON: ${error.message}`];
  }
  if (!isObject(json) || json.type !== 'AdaptiveCard') return ['root must be an object with "type": "AdaptiveCard"'];
  checkVersion(json, errors);

  const card = new AC.AdaptiveCard();
  const parsing = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, parsing);
  for (let i = 0; i < parsing.eventCount; i++) {
    const event = parsing.getEventAt(i);
    errors.push(`parser: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) errors.push(`validation: ${event.message}`);
  compare(json, card.toJSON(new AC.SerializationContext(AC.Versions.v1_5)), '$', undefined, errors);
  checkTextFunctions(json, '$', undefined, errors);
  return errors;
}

function main(argv) {
  const dir = argv.find((a) => !a.startsWith('--'));
  const asJson = argv.includes('--json');
  if (!dir || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error('usage: node tools/cards/validate-cards.js <directory of *.json cards> [--json]');
    return 2;
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) {
    console.error(`no *.json card files in ${dir}`);
    return 2;
  }
  const report = files.map((file) => ({ file, errors: validateCard(fs.readFileSync(path.join(dir, file), 'utf8')) }));
  if (asJson) {
    console.log(JSON.stringify(report));
  } else {
    for (const { file, errors } of report) {
      console.log(errors.length === 0 ? `OK   ${file}` : `FAIL ${file}: ${errors.join('; ')}`);
    }
    const failed = report.filter((r) => r.errors.length > 0).length;
    console.log(`${report.length - failed} card(s) valid, ${failed} invalid`);
  }
  return report.some((r) => r.errors.length > 0) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
