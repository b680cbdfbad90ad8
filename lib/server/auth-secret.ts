// The session signing secret. Set AUTH_SECRET in production; on the embedded default with none
// set, the first start generates one into DATA_DIR (owner-only) and every later start reuses it,
// so the README's first command needs no configuration.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '../env';

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const settings = env();
  if (settings.AUTH_SECRET) return (cached = settings.AUTH_SECRET);
  const file = path.join(path.resolve(settings.DATA_DIR), 'auth-secret');
  try {
    cached = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
    chmodSync(file, 0o600);
    cached = readFileSync(file, 'utf8').trim();
  }
  if (cached.length < 32) throw new Error(`${file} holds a secret shorter than 32 characters: delete it to generate a new one.`);
  return cached;
}
