#!/usr/bin/env node
'use strict';
// Builds manifest/install/snowchatops_install.js, the install path that needs no update set: a script an admin pastes
// into System Definition > Scripts - Background. It creates (or updates) the same records as the update set, from the
// same sources in manifest/, so the two paths cannot drift apart.
// Usage: node tools/manifest/build-install-script.js [--check]
const fs = require('node:fs');
const path = require('node:path');

const MANIFEST = path.resolve(__dirname, '..', '..', 'manifest');
const OUTPUT = path.join(MANIFEST, 'install', 'snowchatops_install.js');
const TEMPLATE = path.join(__dirname, 'install-template.js');
const readJson = (rel) => JSON.parse(fs.readFileSync(path.join(MANIFEST, rel), 'utf8'));

function build() {
  const roles = readJson('roles/x_snowchatops.integration.json');
  const columns = readJson('dictionary/task_custom_fields.json');
  const spec = {
    role: { name: roles.role.name, description: roles.role.description, elevated_privilege: roles.role.elevated_privilege },
    defaultRoles: roles.defaults.roles,
    acls: roles.acls.map((a) => ({ name: a.name, operation: a.operation, type: a.type, condition: a.condition || '', script: a.script || '', description: a.description, roles: a.roles || null })),
    table: columns.table,
    columns: columns.columns.map((c) => ({ element: c.element, label: c.column_label, type: c.internal_type, length: c.max_length, choice: c.choice || 0, choices: c.choices || [], comments: c.description })),
    properties: readJson('properties.json').records.map((p) => ({ name: p.name, type: p.type, description: p.description, is_private: p.is_private, read_roles: p.read_roles, write_roles: p.write_roles })),
    secretProfile: readJson('properties.json').webhook_secret,
    rule: {
      name: 'SnowChatOps state change webhook', collection: 'task', when: 'after', order: '1000', filter_condition: 'sys_class_nameINincident,change_request^EQ',
      condition: 'current.state.changes()', script: fs.readFileSync(path.join(MANIFEST, 'business_rules', 'snowchatops_state_change.js'), 'utf8'),
    },
  };
  const template = fs.readFileSync(TEMPLATE, 'utf8');
  return template.replace('/*SPEC*/ null', JSON.stringify(spec, null, 2).replace(/\u2028|\u2029/g, ''));
}

module.exports = { build, OUTPUT };

if (require.main === module) {
  const script = build();
  if (process.argv.includes('--check')) {
    if (!fs.existsSync(OUTPUT) || fs.readFileSync(OUTPUT, 'utf8') !== script) {
      console.error('manifest/install/snowchatops_install.js is out of date: run node tools/manifest/build-install-script.js');
      process.exit(1);
    }
    console.log('install script is up to date');
  } else {
    fs.writeFileSync(OUTPUT, script);
    console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}`);
  }
}
