#!/usr/bin/env node
'use strict';
// Runs manifest/install/snowchatops_install.js (the Scripts - Background install path) in a node vm sandbox over an
// in-memory fake of GlideRecord, and checks it creates what the update set carries, idempotently.
// Usage: node tools/manifest/test-install-script.js   (prints "N passed, N failed"; exits 1 on any failure)
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { build, OUTPUT } = require('./build-install-script');

const MANIFEST = path.resolve(__dirname, '..', '..', 'manifest');
const readJson = (rel) => JSON.parse(fs.readFileSync(path.join(MANIFEST, rel), 'utf8'));

function instance() {
  const tables = { sys_user_role: [{ sys_id: 'admin-role', name: 'admin' }] };
  let next = 0;
  class GlideRecord {
    constructor(table) { this.table = table; this.terms = []; this.row = null; }
    addQuery(k, v) { this.terms.push([k, v]); }
    setLimit() {}
    query() { this.rows = (tables[this.table] || []).filter((r) => this.terms.every(([k, v]) => r[k] === v)); }
    next() { this.row = this.rows.shift() || null; return !!this.row; }
    get(k, v) { this.addQuery(k, v); this.query(); return this.next(); }
    initialize() { this.row = { __new: true }; }
    isNewRecord() { return !!this.row.__new; }
    setValue(k, v) { this.row[k] = v; }
    getUniqueValue() { return this.row.sys_id; }
    getElement(k) { return { setDisplayValue: (v) => { this.row[k] = `encrypted(${v})`; } }; }
    insert() { delete this.row.__new; this.row.sys_id = `id${++next}`; (tables[this.table] = tables[this.table] || []).push(this.row); return this.row.sys_id; }
    update() { return this.row.sys_id; }
    isValidField(name) { return (tables.sys_dictionary || []).some((d) => d.name === this.table && d.element === name); }
  }
  const log = [];
  return { tables, log, context: { GlideRecord, gs: { info: (m) => log.push(m) }, JSON } };
}

function run(env, secret) {
  const script = fs.readFileSync(OUTPUT, 'utf8').replace("var WEBHOOK_SECRET = '';", `var WEBHOOK_SECRET = ${JSON.stringify(secret || '')};`);
  vm.runInNewContext(script, env.context);
  return env;
}

const count = (env, table) => (env.tables[table] || []).length;

const tests = {
  'script is generated from the current sources'() {
    assert.equal(fs.readFileSync(OUTPUT, 'utf8'), build(), 'run node tools/manifest/build-install-script.js');
  },
  'creates the role, every ACL with its role link, the columns, choices, property, profile and rule'() {
    const env = run(instance(), 'topsecret-42');
    const roles = readJson('roles/x_snowchatops.integration.json');
    const columns = readJson('dictionary/task_custom_fields.json').columns;
    assert.equal(count(env, 'sys_user_role'), 2);
    assert.equal(count(env, 'sys_security_acl'), roles.acls.length);
    assert.equal(count(env, 'sys_security_acl_role'), roles.acls.length);
    assert.ok(env.tables.sys_security_acl_role.every((l) => l.sys_user_role), 'every ACL is linked to a role');
    assert.deepEqual(env.tables.sys_dictionary.map((d) => d.element), columns.map((c) => c.element));
    assert.equal(count(env, 'sys_choice'), columns.reduce((n, c) => n + (c.choices || []).length, 0));
    assert.deepEqual(env.tables.sys_properties.map((p) => p.name), ['x_snowchatops.webhook_url']);
    assert.equal(env.tables.sys_auth_profile_basic[0].password, 'encrypted(topsecret-42)');
    assert.equal(env.tables.sys_script[0].script, fs.readFileSync(path.join(MANIFEST, 'business_rules', 'snowchatops_state_change.js'), 'utf8'));
    assert.match(env.log[0], /u_m365_action_id exists/);
  },
  'a second run changes nothing and an empty secret leaves the password alone'() {
    const env = run(run(instance(), 'topsecret-42'), '');
    assert.equal(count(env, 'sys_security_acl'), readJson('roles/x_snowchatops.integration.json').acls.length);
    assert.equal(count(env, 'sys_auth_profile_basic'), 1);
    assert.equal(env.tables.sys_auth_profile_basic[0].password, 'encrypted(topsecret-42)');
  },
};

let passed = 0;
let failed = 0;
for (const [name, test] of Object.entries(tests)) {
  try {
    test();
    passed += 1;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${name}\n     ${String(e.message).split('\n').join('\n     ')}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
