// SHA-256 through Web Crypto, which Node 20 and every browser provide as the global `crypto`, so the
// same code hashes on the server and in the page.
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
