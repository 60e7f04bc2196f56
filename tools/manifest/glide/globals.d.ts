// The server-side globals our ServiceNow scripts use, typed from @servicenow/glide (ServiceNow's own declarations of
// the Glide API). Only what the package does not declare is written here, each with the docs page it follows.
import type * as Glide from '@servicenow/glide';

declare global {
  const gs: typeof Glide.gs;
  const GlideRecord: typeof Glide.GlideRecord;
  type GlideRecord<T extends string = string> = Glide.GlideRecord<T>;
  const GlideDateTime: typeof Glide.GlideDateTime;
  const CertificateEncryption: typeof Glide.CertificateEncryption;
  const sn_ws: { RESTMessageV2: typeof Glide.RESTMessageV2 };

  /** Business-rule context: the record being written, and (after update) its values before the write. */
  const current: Glide.GlideRecord;
  const previous: Glide.GlideRecord | null;

  /**
   * Global-scope only, so absent from @servicenow/glide: ServiceNow docs, GlideCertificateEncryption - Global,
   * generateMac(String key, String algorithm, String data) returns the base64 MAC; key is base64-encoded.
   */
  class GlideCertificateEncryption {
    generateMac(key: string, algorithm: string, data: string): string;
  }
}

export {};
