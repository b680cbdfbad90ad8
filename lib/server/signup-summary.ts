// One sentence for the sign-up page: what this instance's policy means for the reader.
import 'server-only';
import { count } from 'drizzle-orm';
import { users } from '../db/schema';
import { getDb } from './database';
import { getInstanceSettings } from './instance-settings';

export async function signupSummary(): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ value: count() }).from(users);
  if ((row?.value ?? 0) === 0) return 'This is a new installation: the first account becomes its administrator.';
  const settings = await getInstanceSettings(db);
  if (settings.signupPolicy === 'open') return 'Anyone may create an account on this instance.';
  if (settings.signupPolicy === 'domains') return `Accounts are open to addresses at ${settings.allowedDomains.join(', ')}, and to anyone with an invite link.`;
  return 'Accounts on this instance are by invitation: open the invite link you were sent.';
}
