#!/usr/bin/env node
// Offline check of the Agents Toolkit project (m365agents.yml + env/ + what it points at), run by the test suite:
//  1. the file matches the project schema the toolkit CLI itself ships for the file's `version` (the CLI refuses a
//     file that does not, before it signs in anywhere);
//  2. every ${{VAR}} an action uses is set in env/.env.<env>, written by an earlier action (writeToEnvironmentFile,
//     or an `output` of the Bicep file that arm/deploy runs) or one of the toolkit's built-ins;
//  3. every file an action names exists, per environment (paths may contain ${{TEAMSFX_ENV}}).
// Usage: node tools/toolkit/validate.js [project folder, default: the repository root]. Exit 0 = valid.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const Ajv = require('ajv');

const root = path.resolve(process.argv[2] || path.join(__dirname, '..', '..'));
const schemaRoot = path.join(__dirname, 'node_modules', '@microsoft', 'm365agentstoolkit-cli', 'resource', 'yaml-schema');
const builtIns = new Set(['TEAMSFX_ENV', 'APP_NAME_SUFFIX']);
const lifecycles = ['provision', 'deploy', 'publish'];
const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const errors = [];

const project = YAML.parse(fs.readFileSync(path.join(root, 'm365agents.yml'), 'utf8'));
checkSchema(project);
const environments = readEnvironments(path.join(root, project.environmentFolderPath || './env'));
if (environments.size === 0) errors.push('no environment: env/.env.<name> files are missing');
for (const [name, declared] of environments) checkEnvironment(name, declared);

if (errors.length > 0) {
  for (const error of errors) console.error(`m365agents.yml: ${error}`);
  process.exit(1);
}
const actions = lifecycles.reduce((n, l) => n + (project[l] || []).length, 0);
console.log(`m365agents.yml: valid (${project.version}, ${actions} actions, environments ${[...environments.keys()].join(', ')})`);

function checkSchema(doc) {
  const file = path.join(schemaRoot, String(doc.version), 'yaml.schema.json');
  if (!fs.existsSync(file)) {
    errors.push(`version ${doc.version} is not one the toolkit CLI knows (${fs.readdirSync(schemaRoot).join(', ')})`);
    return;
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!validate(doc)) {
    for (const e of validate.errors) errors.push(`schema ${doc.version}: ${e.instancePath || '/'} ${e.message}`);
  }
}

/** env/.env.<name> (not .user, which holds secrets and is not committed) -> the keys it declares. */
function readEnvironments(folder) {
  const result = new Map();
  if (!fs.existsSync(folder)) return result;
  for (const file of fs.readdirSync(folder).sort()) {
    const match = /^\.env\.([a-z0-9-]+)$/i.exec(file);
    if (!match) continue;
    const keys = fs.readFileSync(path.join(folder, file), 'utf8').split(/\r?\n/)
      .map(line => /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)).filter(Boolean).map(m => m[1]);
    result.set(match[1], new Set(keys));
  }
  return result;
}

function checkEnvironment(env, declared) {
  if (!declared.has('TEAMSFX_ENV')) errors.push(`env/.env.${env}: TEAMSFX_ENV is not set`);
  const producedBy = producers();
  const written = new Set();
  for (const lifecycle of lifecycles) {
    (project[lifecycle] || []).forEach((action, index) => {
      const where = `${lifecycle}[${index}] ${action.uses}`;
      for (const name of referencedVariables(action, env)) {
        const producer = producedBy.get(name);
        if (producer !== undefined) {
          if (!written.has(name)) errors.push(`${where} (env ${env}) uses ${name} before ${producer} writes it`);
        } else if (!declared.has(name) && !builtIns.has(name) && !name.startsWith('SECRET_')) {
          errors.push(`${where} (env ${env}) uses ${name}, which env/.env.${env} does not declare and no action writes`);
        }
      }
      for (const file of namedFiles(action, env)) {
        if (!fs.existsSync(path.join(root, file))) errors.push(`${where} (env ${env}) names ${file}, which does not exist`);
      }
      for (const name of outputsOf(action, env)) written.add(name);
    });
  }
}

/** Variable -> the action that writes it (first writer wins). */
function producers() {
  const result = new Map();
  for (const lifecycle of lifecycles) {
    for (const action of project[lifecycle] || []) {
      for (const name of outputsOf(action, 'any')) if (!result.has(name)) result.set(name, action.uses);
    }
  }
  return result;
}

function outputsOf(action, env) {
  const names = Object.values(action.writeToEnvironmentFile || {});
  if (action.uses === 'arm/deploy') {
    for (const template of action.with.templates) {
      const file = path.join(root, expand(template.path, env));
      if (!fs.existsSync(file)) continue;
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/^output\s+([A-Za-z_][A-Za-z0-9_]*)\s/gm)) names.push(m[1]);
    }
  }
  return names;
}

function referencedVariables(action, env) {
  const texts = [JSON.stringify(action)];
  for (const file of namedFiles(action, env)) {
    const full = path.join(root, file);
    if (fs.existsSync(full) && /\.json$/i.test(file)) texts.push(fs.readFileSync(full, 'utf8'));
  }
  const names = new Set();
  for (const text of texts) for (const m of text.matchAll(placeholder)) names.add(m[1]);
  return names;
}

/** Input files an action reads (outputs such as outputZipPath are not inputs). */
function namedFiles(action, env) {
  const w = action.with || {};
  const files = [];
  if (w.manifestPath) files.push(w.manifestPath);
  if (action.uses === 'arm/deploy') {
    for (const t of w.templates) files.push(t.path, ...(t.parameters ? [t.parameters] : []));
  }
  if (action.uses === 'cli/runDotnetCommand') files.push(...(w.args.match(/\S+\.(csproj|sln)\b/g) || []));
  return files.map(f => path.normalize(expand(f, env)));
}

function expand(text, env) {
  return String(text).replace(placeholder, (all, name) => (name === 'TEAMSFX_ENV' ? env : all));
}
