// The signed-in user, read from the session cookie and checked against the database on every
// request: a deleted account or a bumped session version ("sign out everywhere") ends it.
//
// Decrypting the session token (a key derivation and an AES-GCM open) is the costliest part of an
// authenticated request that does little else, such as an exercise command. The same token string
// always decrypts to the same claims, so the claims are remembered per token until the token
// expires (at most a minute); the user row, and with it revocation, is still read every time.
import 'server-only';
import { getServerSession } from 'next-auth';
import { cookies } from 'next/headers';
import { authOptions } from '../auth/auth-options';
import { sessionTokenKey } from '../auth/session-cookie';
import { getUserById, type PublicUser } from './accounts';
import { getDb } from './database';

interface Claims {
  uid: string;
  sv: number;
  /** When to decrypt again: the token's expiry or a minute after it was decrypted, whichever is first. */
  until: number;
}

const MAX_REMEMBERED = 2000;
const REMEMBER_MS = 60_000;
const holder = globalThis as typeof globalThis & { __sandtableSessionClaims?: Map<string, Claims> };
const remembered = (holder.__sandtableSessionClaims ??= new Map<string, Claims>());

async function decodeClaims(): Promise<Omit<Claims, 'until'> | null> {
  const key = sessionTokenKey((await cookies()).getAll());
  if (!key) return null;
  const now = Date.now();
  const known = remembered.get(key);
  if (known && known.until > now) return known;
  remembered.delete(key);
  const session = await getServerSession(authOptions());
  const uid = session && 'uid' in session && typeof session.uid === 'string' ? session.uid : null;
  const sv = session && 'sv' in session && typeof session.sv === 'number' ? session.sv : null;
  const exp = session && 'exp' in session && typeof session.exp === 'number' ? session.exp * 1000 : 0;
  if (!uid || sv === null) return null;
  if (exp > now) {
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, { uid, sv, until: Math.min(exp, now + REMEMBER_MS) });
  }
  return { uid, sv };
}

export async function getSessionUser(): Promise<PublicUser | null> {
  const claims = await decodeClaims();
  if (!claims) return null;
  const user = await getUserById(await getDb(), claims.uid);
  return user && user.sessionVersion === claims.sv ? user : null;
}
