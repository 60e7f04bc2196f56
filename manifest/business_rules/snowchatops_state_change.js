/*
 * SnowChatOps state-change webhook.
 * Business rule record: table task, When = after, Update = true, Order 1000, Active = true, Advanced = true,
 *   Filter conditions: sys_class_nameINincident,change_request
 *   Condition:         current.state.changes()
 * Runs in the Global scope (GlideCertificateEncryption is the global API; the scoped CertificateEncryption is used
 * when the rule is moved into a scoped app).
 *
 * POSTs to system property x_snowchatops.webhook_url with
 *   X-SnowChatOps-Timestamp: <unix seconds>
 *   X-SnowChatOps-Signature: sha256=<lowercase hex HMAC-SHA256(key = secret as UTF-8, message = "<timestamp>.<body>")>
 * where the secret is the Password of the Basic Auth profile (sys_auth_profile_basic) named "SnowChatOps webhook":
 * a password2 field, read back in plain form with getDecryptedValue() on a GlideRecord of its own table, as the
 * platform documents for two-way encrypted fields. ServiceNow's generateMac returns base64, so the MAC is converted
 * to hex here. The body is made pure ASCII (non-ASCII escaped as \uXXXX, still the
 * same JSON values) so the bytes signed and the bytes sent cannot differ by character set.
 */
/**
 * @param {GlideRecord} current
 * @param {GlideRecord | null} previous null when the rule runs async
 */
(function executeRule(current, previous) {
    var TABLES = { incident: true, change_request: true };
    var SECRET_PROFILE = 'SnowChatOps webhook';
    var BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

    function text(value) {
        return value === null || value === undefined ? '' : String(value);
    }

    function asciiJson(value) {
        return JSON.stringify(value).replace(/[\u007f-\uffff]/g, function (c) {
            return '\\u' + ('0000' + c.charCodeAt(0).toString(16)).slice(-4);
        });
    }

    function base64ToHex(b64) {
        var clean = text(b64).replace(/[^A-Za-z0-9+\/]/g, '');
        var hex = '';
        var bits = 0;
        var buffer = 0;
        for (var i = 0; i < clean.length; i++) {
            buffer = (buffer << 6) | BASE64.indexOf(clean.charAt(i));
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                hex += ('0' + ((buffer >> bits) & 0xff).toString(16)).slice(-2);
            }
        }
        return hex;
    }

    function utf8Base64(value) {
        // The MAC APIs take the key base64-encoded; encode the secret's UTF-8 bytes ourselves so no platform charset
        // default can change the key.
        var bytes = unescape(encodeURIComponent(value));
        var out = '';
        for (var i = 0; i < bytes.length; i += 3) {
            var n = (bytes.charCodeAt(i) << 16) | ((bytes.charCodeAt(i + 1) || 0) << 8) | (bytes.charCodeAt(i + 2) || 0);
            out += BASE64.charAt((n >> 18) & 63) + BASE64.charAt((n >> 12) & 63);
            out += i + 1 < bytes.length ? BASE64.charAt((n >> 6) & 63) : '=';
            out += i + 2 < bytes.length ? BASE64.charAt(n & 63) : '=';
        }
        return out;
    }

    function readSecret() {
        // sys_auth_profile_basic.password is a password2 field: getDecryptedValue() on its own GlideRecord returns it
        // in plain form (a GlideRecord, not GlideRecordSecure: business rules run as system).
        var profile = new GlideRecord('sys_auth_profile_basic');
        profile.addQuery('name', SECRET_PROFILE);
        profile.setLimit(1);
        profile.query();
        return profile.next() ? text(profile.getElement('password').getDecryptedValue()) : '';
    }

    function macBase64(secret, message) {
        if (typeof GlideCertificateEncryption !== 'undefined') {
            return new GlideCertificateEncryption().generateMac(utf8Base64(secret), 'HmacSHA256', message);
        }
        return CertificateEncryption.generateMac(utf8Base64(secret), 'HmacSHA256', message);
    }

    function dashedGuid(guid) {
        var g = text(guid).replace(/-/g, '').toLowerCase();
        return g.length !== 32 ? g
            : [g.substr(0, 8), g.substr(8, 4), g.substr(12, 4), g.substr(16, 4), g.substr(20, 12)].join('-');
    }

    function instanceUrl() {
        return text(gs.getProperty('glide.servlet.uri', '')).replace(/\/+$/, '');
    }

    function buildBody(record, before) {
        return asciiJson({
            event_id: dashedGuid(gs.generateGUID()),
            instance: instanceUrl(),
            table: text(record.getTableName()),
            sys_id: text(record.getUniqueValue()),
            number: text(record.getValue('number')),
            state: text(record.getValue('state')),
            previous_state: before ? text(before.getValue('state')) : '',
            sys_updated_on: text(record.getValue('sys_updated_on')),
            sys_mod_count: text(record.getValue('sys_mod_count')),
            updated_by: text(record.getValue('sys_updated_by'))
        });
    }

    if (!TABLES[text(current.getTableName())]) {
        return;
    }
    var url = text(gs.getProperty('x_snowchatops.webhook_url', '')).replace(/^\s+|\s+$/g, '');
    var secret = readSecret();
    if (!url || !secret) {
        gs.warn('SnowChatOps: x_snowchatops.webhook_url or the Basic Auth profile "SnowChatOps webhook" is not set; state change not sent');
        return;
    }
    var body = buildBody(current, previous);
    var timestamp = String(Math.floor(new GlideDateTime().getNumericValue() / 1000));
    var signature = base64ToHex(macBase64(secret, timestamp + '.' + body));

    var request = new sn_ws.RESTMessageV2();
    request.setEndpoint(url);
    request.setHttpMethod('post');
    request.setRequestHeader('Content-Type', 'application/json');
    request.setRequestHeader('User-Agent', 'ServiceNow/1.0');
    request.setRequestHeader('X-SnowChatOps-Timestamp', timestamp);
    request.setRequestHeader('X-SnowChatOps-Signature', 'sha256=' + signature);
    request.setRequestBody(body);
    request.setHttpTimeout(10000);
    request.executeAsync();
})(current, previous);
