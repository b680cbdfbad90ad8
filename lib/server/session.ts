// The signed-in user, read from the session cookie and checked against the database on every
// request: a deleted account or a bumped session version ("sign out everywhere") ends it.
import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from '../auth/auth-options';
import { getUserById, type PublicUser } from './accounts';
import { getDb } from './database';

export async function getSessionUser(): Promise<PublicUser | null> {
  const session = await getServerSession(authOptions());
  const uid = session && 'uid' in session && typeof session.uid === 'string' ? session.uid : null;
  const sv = session && 'sv' in session && typeof session.sv === 'number' ? session.sv : null;
  if (!uid || sv === null) return null;
  const user = await getUserById(await getDb(), uid);
  return user && user.sessionVersion === sv ? user : null;
}
