'use strict';
// The records of the SnowChatOps update set, each in the shape a platform export gives it (see
// tests/SnowChatOps.Tests/Packaging/RealExport/ for the real exports this follows): the role, its ACLs and their role
// links, the u_m365_* columns as dictionary entries with one field label each and one packed choice list per choice
// column, the system properties and the business rule. Values come from the readable sources in manifest/.
const crypto = require('node:crypto');

const STAMP = '2026-11-26 00:00:00'; // fixed so the file is reproducible
const TABLE_LABELS = { task: 'Task' };
// Stock roles referenced by our ACLs, by their platform sys_id (the same on every instance).
const STOCK_ROLES = { admin: '2831a114c611228501d4ea6c309d626d' };
const sysId = (key) => crypto.createHash('md5').update(`snowchatops:${key}`).digest('hex');
const esc = (v) => String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One field: a string, or {display, value} for a reference or choice shown with its display value. */
function fields(values) {
  return Object.entries(values).map(([k, v]) => {
    if (v && typeof v === 'object') return `<${k} display_value="${esc(v.display)}">${esc(v.value)}</${k}>`;
    return v === '' ? `<${k}/>` : `<${k}>${esc(v)}</${k}>`;
  }).join('');
}

const audit = (table, updateName) => ({
  sys_class_name: table, sys_created_by: 'admin', sys_created_on: STAMP, sys_mod_count: '0', sys_package: { display: 'Global', value: 'global' },
  sys_scope: { display: 'Global', value: 'global' }, sys_update_name: updateName, sys_updated_by: 'admin', sys_updated_on: STAMP,
});

/** A generic record update: <record_update table="t"><t action="INSERT_OR_UPDATE">fields</t></record_update>. */
function plain(table, id, values, rootAttrs = '') {
  const name = `${table}_${id}`;
  const body = fields({ ...values, ...audit(table, name), sys_id: id });
  return { name, payload: `<record_update${rootAttrs} table="${table}"><${table} action="INSERT_OR_UPDATE">${body}</${table}></record_update>` };
}

function role(spec) {
  const id = sysId(`role:${spec.role.name}`);
  const { name, payload } = plain('sys_user_role', id, {
    name: spec.role.name, description: spec.role.description, elevated_privilege: spec.role.elevated_privilege,
    assignable_by: '', can_delegate: 'true', grantable: 'true', includes_roles: '', requires_subscription: 'N', scoped_admin: 'false', suffix: spec.role.name,
  });
  return { id, update: { type: 'Role', name, table: '', target: spec.role.name, payload } };
}

function acls(spec, roleId) {
  const out = [];
  for (const acl of spec.acls) {
    const id = sysId(`acl:${acl.name}:${acl.operation}`);
    const table = acl.name.split('.')[0];
    const rule = plain('sys_security_acl', id, {
      active: 'true', admin_overrides: 'true', advanced: acl.script ? 'true' : 'false', condition: acl.condition ? `${acl.condition}^EQ` : '',
      description: acl.description, name: acl.name, operation: { display: acl.operation, value: acl.operation }, script: acl.script || '',
      type: { display: acl.type, value: acl.type },
    });
    out.push({ type: 'Access Control', name: rule.name, table, target: acl.name, payload: rule.payload });
    for (const r of acl.roles || spec.defaults.roles) {
      const link = plain('sys_security_acl_role', sysId(`acl-role:${acl.name}:${acl.operation}:${r}`), {
        sys_security_acl: { display: acl.name, value: id }, sys_user_role: { display: r, value: r === spec.role.name ? roleId : STOCK_ROLES[r] },
      });
      out.push({ type: 'Access Roles', name: link.name, table, target: `${acl.name}.${r}`, payload: link.payload });
    }
  }
  return out;
}

function columns(spec) {
  const out = [];
  const label = TABLE_LABELS[spec.table];
  for (const col of spec.columns) {
    const dictName = `sys_dictionary_${spec.table}_${col.element}`;
    out.push({ type: 'Dictionary', name: dictName, table: spec.table, target: `${label}.${col.column_label}`,
      payload: `<record_update><sys_dictionary action="INSERT_OR_UPDATE" element="${col.element}" table="${spec.table}">${fields({
        active: 'true', array: 'false', attributes: '', audit: 'false', choice: String(col.choice || ''), column_label: col.column_label, comments: col.description,
        default_value: '', display: 'false', element: col.element, internal_type: { display: 'String', value: col.internal_type }, mandatory: 'false',
        max_length: String(col.max_length), name: spec.table, primary: 'false', read_only: 'false', reference: '', ...audit('sys_dictionary', dictName),
        sys_id: sysId(`dict:${spec.table}.${col.element}`), sys_name: col.column_label, unique: 'false', virtual: 'false',
      })}</sys_dictionary></record_update>` });
    const docName = `sys_documentation_${spec.table}_${col.element}_en`;
    out.push({ type: 'Field Label', name: docName, table: spec.table, target: `${label}.${col.column_label}`,
      payload: `<record_update><sys_documentation element="${col.element}" label="${esc(col.column_label)}" language="en" table="${spec.table}"><sys_documentation action="INSERT_OR_UPDATE">${fields({
        element: col.element, help: '', hint: '', label: col.column_label, language: 'en', name: spec.table, plural: `${col.column_label}s`,
        ...audit('sys_documentation', docName), sys_id: sysId(`doc:${spec.table}.${col.element}`), sys_name: col.column_label, url: '', url_target: '',
      })}</sys_documentation></sys_documentation></record_update>` });
    if (col.choices && col.choices.length) {
      const choiceName = `sys_choice_${spec.table}_${col.element}`;
      const entries = col.choices.map((choice, i) => `<sys_choice action="INSERT_OR_UPDATE">${fields({
        dependent_value: '', element: col.element, hint: '', inactive: 'false', label: choice, language: 'en', name: spec.table, sequence: String(i + 1),
        ...audit('sys_choice', choiceName), sys_id: sysId(`choice:${spec.table}.${col.element}:${choice}`), value: choice,
      })}</sys_choice>`).join('');
      out.push({ type: 'Choice list', name: choiceName, table: spec.table, target: `${label}.${col.column_label}`,
        payload: `<record_update><sys_choice action="INSERT_OR_UPDATE" field="${col.element}" table="${spec.table}">${entries}</sys_choice></record_update>` });
    }
  }
  return out;
}

function properties(spec) {
  return spec.records.map((p) => {
    const { name, payload } = plain('sys_properties', sysId(`prop:${p.name}`), {
      description: p.description, ignore_cache: 'false', is_private: p.is_private, name: p.name, read_roles: p.read_roles, suffix: p.name.split('.').slice(1).join('.'),
      type: p.type, value: p.value, write_roles: p.write_roles,
    });
    return { type: 'System Property', name, table: '', target: p.name, payload };
  });
}

function businessRule(script) {
  const { name, payload } = plain('sys_script', sysId('br:snowchatops_state_change'), {
    abort_action: 'false', action_delete: 'false', action_insert: 'false', action_query: 'false', action_update: 'true', active: 'true', add_message: 'false',
    advanced: 'true', change_fields: 'false', client_callable: 'false', collection: 'task', condition: 'current.state.changes()',
    description: 'Posts ticket state changes to the SnowChatOps bot, signed with HMAC-SHA256 (see manifest/README.md).', execute_function: 'false',
    filter_condition: 'sys_class_nameINincident,change_request^EQ', is_rest: 'false', message: '', name: 'SnowChatOps state change webhook', order: '1000',
    priority: '100', role_conditions: '', script, sys_domain: 'global', sys_domain_path: '/', sys_overrides: '', template: '', when: 'after',
  }, ' sys_domain="global"');
  return { type: 'Business Rule', name, table: 'task', target: 'SnowChatOps state change webhook', payload };
}

module.exports = { STAMP, sysId, esc, role, acls, columns, properties, businessRule };
