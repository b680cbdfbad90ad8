// RFC 4122 version-5 UUIDs (SHA-1, name-based): the same library entry gets the same STIX id in
// every export, so consumers can update objects instead of duplicating them.
import { createHash } from 'node:crypto';

/** A fixed namespace for Sandtable's STIX ids (a random v4 UUID chosen once). */
export const SANDTABLE_NAMESPACE = '6f1b3c2e-8d4a-4b7e-9c1f-2a5d8e7b3f90';

export function uuidV5(name: string, namespace = SANDTABLE_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
