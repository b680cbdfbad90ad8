// The client address used to rate-limit sign-in. Behind a proxy the operator runs (TRUST_PROXY)
// the left-most X-Forwarded-For entry is the client; otherwise only the entry appended by the
// server itself (the right-most) is believed, since anyone can send the header.
import 'server-only';

export function clientAddress(headers: Record<string, unknown>, trustProxy: boolean): string {
  const raw = headers['x-forwarded-for'];
  const forwarded = typeof raw === 'string' ? raw : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : '';
  const parts = forwarded.split(',').map((p) => p.trim()).filter(Boolean);
  return (trustProxy ? parts[0] : parts[parts.length - 1]) ?? 'unknown';
}
