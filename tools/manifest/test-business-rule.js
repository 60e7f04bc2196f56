#!/usr/bin/env node
'use strict';
// Runs manifest/business_rules/snowchatops_state_change.js in a node vm sandbox with small fakes of the ServiceNow
// server-side API and checks the webhook request against HELPER_CONTRACTS: body, headers, HMAC-SHA256 hex signature.
// Usage: node tools/manifest/test-business-rule.js   (prints "N passed, N failed"; exits 1 on any failure)
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const SCRIPT_PATH = path.resolve(__dirname, '..', '..', 'manifest', 'business_rules', 'snowchatops_state_change.js');
const SCRIPT = new vm.Script(fs.readFileSync(SCRIPT_PATH, 'utf8'), { filename: SCRIPT_PATH });
const NOW_MS = 1795000000123; // fixed clock: timestamp header must be 1795000000
const GUID = '9D2F6C1AB3E44F0C8A7D5E6F70819203';

function fakeRecord(table, fields) {
  return {
    getTableName: () => table,
    getUniqueValue: () => fields.sys_id,
    getValue: (name) => (name in fields ? fields[name] : null),
  };
}

function sandbox(options = {}) {
  const props = {
    'glide.servlet.uri': 'https://dev12345.service-now.com/',
    'x_snowchatops.webhook_url': 'https://bot.contoso.com/api/servicenow/events',
    ...options.props,
  };
  const profiles = { 'SnowChatOps webhook': 'topsecret-42', ...options.profiles };
  const log = { warnings: [], requests: [], macCalls: [] };
  class RESTMessageV2 {
    constructor() { this.headers = {}; this.async = 0; log.requests.push(this); }
    setEndpoint(url) { this.endpoint = url; }
    setHttpMethod(method) { this.method = method; }
    setRequestHeader(name, value) { this.headers[name] = value; }
    setRequestBody(body) { this.body = body; }
    setHttpTimeout(ms) { this.timeout = ms; }
    executeAsync() { this.async += 1; return {}; }
    execute() { throw new Error('the rule must not block the update with execute()'); }
  }
  function mac(keyBase64, algorithm, data) {
    log.macCalls.push({ keyBase64, algorithm, data });
    assert.equal(algorithm, 'HmacSHA256');
    return crypto.createHmac('sha256', Buffer.from(keyBase64, 'base64')).update(data, 'utf8').digest('base64');
  }
  // Global GlideCertificateEncryption is an instance API; the scoped CertificateEncryption is declared static.
  class GlobalMac { generateMac(k, a, d) { return mac(k, a, d); } }
  const ScopedMac = { generateMac: mac };
  // The secret is a password2 field: only getDecryptedValue() on the element gives the plain text.
  class GlideRecord {
    constructor(table) { assert.equal(table, 'sys_auth_profile_basic'); this.terms = []; }
    addQuery(field, value) { this.terms.push([field, value]); }
    setLimit(n) { assert.equal(n, 1); }
    query() {
      assert.deepEqual(this.terms, [['name', 'SnowChatOps webhook']]);
      this.rows = Object.entries(profiles).filter(([name, secret]) => name === this.terms[0][1] && secret !== null);
    }
    next() { this.row = this.rows.shift(); return !!this.row; }
    getElement(name) {
      assert.equal(name, 'password');
      const secret = this.row[1];
      return { getDecryptedValue: () => secret, toString: () => 'encrypted-blob' };
    }
  }
  const context = {
    current: options.current,
    previous: options.previous,
    gs: {
      getProperty: (name, fallback) => (name in props ? props[name] : fallback),
      generateGUID: () => GUID,
      warn: (message) => log.warnings.push(message),
    },
    GlideRecord,
    GlideDateTime: class { getNumericValue() { return NOW_MS; } },
    sn_ws: { RESTMessageV2 },
  };
  if (options.scoped) context.CertificateEncryption = ScopedMac;
  else context.GlideCertificateEncryption = GlobalMac;
  return { context, log };
}

function run(options) {
  const { context, log } = sandbox(options);
  SCRIPT.runInNewContext(context);
  return log;
}

function incident(fields = {}) {
  return {
    current: fakeRecord('incident', {
      sys_id: '46d44a5c1b7e3010e0ef4a2f3b4bcb2d', number: 'INC0010001', state: '2',
      sys_updated_on: '2026-11-26 06:30:00', sys_mod_count: '7', sys_updated_by: 'abel.tuter', ...fields,
    }),
    previous: fakeRecord('incident', { state: '1' }),
  };
}

function expectedSignature(secret, timestamp, body) {
  return 'sha256=' + crypto.createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

function onlyRequest(log) {
  assert.equal(log.requests.length, 1, 'exactly one request');
  const r = log.requests[0];
  assert.equal(r.async, 1, 'executeAsync called once');
  return r;
}

const tests = {
  'incident state change posts the contract body byte for byte'() {
    const r = onlyRequest(run(incident()));
    assert.equal(r.body, JSON.stringify({
      event_id: '9d2f6c1a-b3e4-4f0c-8a7d-5e6f70819203', instance: 'https://dev12345.service-now.com', table: 'incident',
      sys_id: '46d44a5c1b7e3010e0ef4a2f3b4bcb2d', number: 'INC0010001', state: '2', previous_state: '1',
      sys_updated_on: '2026-11-26 06:30:00', sys_mod_count: '7', updated_by: 'abel.tuter',
    }));
  },
  'headers carry method, endpoint, user agent and timestamp'() {
    const r = onlyRequest(run(incident()));
    assert.equal(r.method, 'post');
    assert.equal(r.endpoint, 'https://bot.contoso.com/api/servicenow/events');
    assert.equal(r.headers['Content-Type'], 'application/json');
    assert.equal(r.headers['User-Agent'], 'ServiceNow/1.0');
    assert.equal(r.headers['X-SnowChatOps-Timestamp'], '1795000000');
  },
  'signature equals node HMAC-SHA256 hex over timestamp.body'() {
    const r = onlyRequest(run(incident()));
    assert.equal(r.headers['X-SnowChatOps-Signature'], expectedSignature('topsecret-42', '1795000000', r.body));
    assert.match(r.headers['X-SnowChatOps-Signature'], /^sha256=[0-9a-f]{64}$/);
  },
  'change request with negative states keeps them as strings'() {
    const log = run({
      current: fakeRecord('change_request', { sys_id: 'c1', number: 'CHG0030001', state: '-4', sys_updated_on: '2026-11-26 07:00:00', sys_updated_by: 'admin' }),
      previous: fakeRecord('change_request', { state: '-5' }),
    });
    const body = JSON.parse(onlyRequest(log).body);
    assert.deepEqual([body.table, body.number, body.state, body.previous_state], ['change_request', 'CHG0030001', '-4', '-5']);
  },
  'non-ASCII values are escaped so the signed body is ASCII'() {
    const r = onlyRequest(run(incident({ sys_updated_by: '李雷.é' })));
    assert.match(r.body, /^[\x20-\x7e]*$/);
    assert.equal(JSON.parse(r.body).updated_by, '李雷.é');
    assert.equal(r.headers['X-SnowChatOps-Signature'], expectedSignature('topsecret-42', '1795000000', r.body));
  },
  'secrets of every length and non-ASCII secrets sign as UTF-8 keys'() {
    for (let n = 1; n <= 70; n++) {
      const secret = crypto.randomBytes(n).toString('base64url').slice(0, n) + (n % 7 === 0 ? 'ü€' : '');
      const r = onlyRequest(run({ ...incident(), profiles: { 'SnowChatOps webhook': secret } }));
      assert.equal(r.headers['X-SnowChatOps-Signature'], expectedSignature(secret, '1795000000', r.body), `secret length ${n}`);
    }
  },
  'scoped CertificateEncryption gives the same signature'() {
    const global = onlyRequest(run(incident()));
    const scoped = onlyRequest(run({ ...incident(), scoped: true }));
    assert.equal(scoped.headers['X-SnowChatOps-Signature'], global.headers['X-SnowChatOps-Signature']);
  },
  'the key is the decrypted password2 value, never its encrypted form'() {
    const log = run(incident());
    assert.equal(Buffer.from(log.macCalls[0].keyBase64, 'base64').toString('utf8'), 'topsecret-42');
  },
  'other task tables send nothing'() {
    const log = run({ current: fakeRecord('problem', { sys_id: 'p1', state: '2' }), previous: fakeRecord('problem', { state: '1' }) });
    assert.equal(log.requests.length, 0);
  },
  'missing webhook url sends nothing and warns without the secret'() {
    const log = run({ ...incident(), props: { 'x_snowchatops.webhook_url': '  ' } });
    assert.equal(log.requests.length, 0);
    assert.equal(log.warnings.length, 1);
    assert.ok(!log.warnings[0].includes('topsecret-42'));
  },
  'missing webhook secret profile sends nothing'() {
    const log = run({ ...incident(), profiles: { 'SnowChatOps webhook': null } });
    assert.equal(log.requests.length, 0);
    assert.equal(log.warnings.length, 1);
  },
  'empty webhook secret sends nothing'() {
    const log = run({ ...incident(), profiles: { 'SnowChatOps webhook': '' } });
    assert.equal(log.requests.length, 0);
  },
  'update set XML is regenerated from the sources and embeds this exact script'() {
    const { build, OUTPUT } = require('./build-update-set');
    const xml = build();
    assert.equal(fs.readFileSync(OUTPUT, 'utf8'), xml, 'run node tools/manifest/build-update-set.js');
    const escaped = fs.readFileSync(SCRIPT_PATH, 'utf8').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    assert.ok(xml.includes(`&lt;script&gt;${escaped.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}&lt;/script&gt;`));
  },
  'mac is computed once with HmacSHA256 over the exact sent body'() {
    const log = run(incident());
    assert.equal(log.macCalls.length, 1);
    assert.equal(log.macCalls[0].data, `1795000000.${onlyRequest(log).body}`);
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
