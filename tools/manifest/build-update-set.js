#!/usr/bin/env node
'use strict';
// Builds manifest/update_set/snowchatops_update_set.xml from the readable sources in manifest/ so the two never drift.
// Usage: node tools/manifest/build-update-set.js [--check]   (--check: exit 1 if the committed XML is out of date)
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const MANIFEST = path.resolve(__dirname, '..', '..', 'manifest');
const OUTPUT = path.join(MANIFEST, 'update_set', 'snowchatops_update_set.xml');
const STAMP = '2026-11-26 00:00:00'; // fixed so the file is reproducible
const SET_NAME = 'SnowChatOps 1.0.0';
const TASK_TABLES = ['sys_script', 'sys_dictionary', 'sys_choice'];
const readJson = (rel) => JSON.parse(fs.readFileSync(path.join(MANIFEST, rel), 'utf8'));

const sysId = (key) => crypto.createHash('md5').update(`snowchatops:${key}`).digest('hex');
const esc = (v) => String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function record(table, id, fields, extra = '') {
  const body = Object.entries(fields)
    .map(([k, v]) => (v && typeof v === 'object' ? `<${k} display_value="${esc(v.display)}">${esc(v.value)}</${k}>` : `<${k}>${esc(v)}</${k}>`))
    .join('\n');
  return `<${table} action="INSERT_OR_UPDATE">\n${body}\n<sys_id>${id}</sys_id>\n</${table}>${extra}`;
}

function update(table, id, type, targetName, inner) {
  const payload = `<?xml version="1.0" encoding="UTF-8"?><record_update table="${table}">${inner}</record_update>`;
  return [
    '<sys_update_xml action="INSERT_OR_UPDATE">',
    '<action>INSERT_OR_UPDATE</action><application display_value="Global">global</application><category>customer</category>',
    `<name>${table}_${id}</name>`,
    `<payload>${esc(payload)}</payload>`,
    `<remote_update_set display_value="${esc(SET_NAME)}">${sysId('update-set')}</remote_update_set>`,
    `<replace_on_upgrade>false</replace_on_upgrade><sys_created_by>admin</sys_created_by><sys_created_on>${STAMP}</sys_created_on>`,
    `<sys_id>${sysId(`xml:${table}:${id}`)}</sys_id><table>${TASK_TABLES.includes(table) ? 'task' : ''}</table>`,
    `<target_name>${esc(targetName)}</target_name><type>${esc(type)}</type><update_domain>global</update_domain>`,
    `<update_guid>${sysId(`guid:${table}:${id}`)}</update_guid>`,
    '</sys_update_xml>',
  ].join('\n');
}

function roleUpdates(spec) {
  const roleId = sysId(`role:${spec.role.name}`);
  const out = [update('sys_user_role', roleId, 'Role', spec.role.name, record('sys_user_role', roleId, {
    name: spec.role.name, description: spec.role.description, elevated_privilege: spec.role.elevated_privilege,
  }))];
  for (const acl of spec.acls) {
    const id = sysId(`acl:${acl.name}:${acl.operation}`);
    const roles = acl.roles || spec.defaults.roles;
    const links = roles.map((r) => record('sys_security_acl_role', sysId(`acl-role:${acl.name}:${acl.operation}:${r}`), {
      sys_security_acl: id, sys_user_role: { display: r, value: r === spec.role.name ? roleId : r },
    })).join('');
    out.push(update('sys_security_acl', id, 'Access Controls', `${acl.name} (${acl.operation})`, record('sys_security_acl', id, {
      name: acl.name, operation: { display: acl.operation, value: acl.operation }, type: { display: acl.type, value: acl.type },
      active: 'true', admin_overrides: 'true', advanced: acl.script ? 'true' : 'false',
      condition: acl.condition ? `${acl.condition}^EQ` : '', script: acl.script || '', description: acl.description,
    }, links)));
  }
  return out;
}

function dictionaryUpdates(spec) {
  const out = [];
  for (const col of spec.columns) {
    const id = sysId(`dict:${spec.table}.${col.element}`);
    out.push(update('sys_dictionary', id, 'Dictionary', `${spec.table}.${col.element}`, record('sys_dictionary', id, {
      name: spec.table, element: col.element, column_label: col.column_label,
      internal_type: { display: col.internal_type, value: col.internal_type }, max_length: col.max_length,
      choice: col.choice || 0, active: 'true', comments: col.description,
    })));
    (col.choices || []).forEach((choice, i) => {
      const cid = sysId(`choice:${spec.table}.${col.element}:${choice}`);
      out.push(update('sys_choice', cid, 'Choice', `${spec.table}.${col.element}: ${choice}`, record('sys_choice', cid, {
        name: spec.table, element: col.element, value: choice, label: choice, sequence: (i + 1) * 100, language: 'en', inactive: 'false',
      })));
    });
  }
  return out;
}

function propertyUpdates(spec) {
  return spec.records.map((p) => {
    const id = sysId(`prop:${p.name}`);
    return update('sys_properties', id, 'System Property', p.name, record('sys_properties', id, {
      name: p.name, type: p.type, value: p.value, description: p.description, is_private: p.is_private,
      read_roles: p.read_roles, write_roles: p.write_roles, ignore_cache: 'false',
    }));
  });
}

function businessRuleUpdate() {
  const id = sysId('br:snowchatops_state_change');
  const script = fs.readFileSync(path.join(MANIFEST, 'business_rules', 'snowchatops_state_change.js'), 'utf8');
  return update('sys_script', id, 'Business Rule', 'SnowChatOps state change webhook', record('sys_script', id, {
    name: 'SnowChatOps state change webhook', collection: 'task', when: 'after', order: 1000, active: 'true', advanced: 'true',
    action_insert: 'false', action_update: 'true', action_delete: 'false', action_query: 'false',
    filter_condition: 'sys_class_nameINincident,change_request^EQ', condition: 'current.state.changes()', script,
    description: 'Posts ticket state changes to the SnowChatOps bot, signed with HMAC-SHA256 (see manifest/README.md).',
  }));
}

function build() {
  const updates = [
    ...roleUpdates(readJson('roles/x_snowchatops.integration.json')),
    ...dictionaryUpdates(readJson('dictionary/task_custom_fields.json')),
    ...propertyUpdates(readJson('properties.json')),
    businessRuleUpdate(),
  ];
  const header = [
    '<sys_remote_update_set action="INSERT_OR_UPDATE">',
    `<application display_value="Global">global</application><application_name>Global</application_name>`,
    `<description>${esc('SnowChatOps: integration role and ACLs, u_m365_* task columns, webhook properties, state-change business rule. Generated by tools/manifest/build-update-set.js from manifest/*.json and manifest/business_rules/*.js; do not edit by hand.')}</description>`,
    `<name>${esc(SET_NAME)}</name><origin_sys_id/><release_date/><remote_sys_id>${sysId('update-set-source')}</remote_sys_id><state>loaded</state>`,
    `<sys_created_on>${STAMP}</sys_created_on><sys_id>${sysId('update-set')}</sys_id>`,
    '</sys_remote_update_set>',
  ].join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<unload unload_date="${STAMP}">\n${header}\n${updates.join('\n')}\n</unload>\n`;
}

module.exports = { build, OUTPUT };

if (require.main === module) {
  const xml = build();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (current !== xml) {
      console.error('manifest/update_set/snowchatops_update_set.xml is out of date: run node tools/manifest/build-update-set.js');
      process.exit(1);
    }
    console.log('update set is up to date');
  } else {
    fs.writeFileSync(OUTPUT, xml);
    console.log(`wrote ${path.relative(process.cwd(), OUTPUT)} (${(xml.match(/<sys_update_xml /g) || []).length} updates)`);
  }
}
