// The public origin, used for absolute URLs in Open Graph tags and exports.
export function siteUrl(): string {
  const raw = process.env.SITE_URL ?? 'http://localhost:3000';
  try {
    return new URL(raw).origin;
  } catch {
    throw new Error(`SITE_URL must be an absolute URL, got "${raw}"`);
  }
}
