// The instance's sign-up policy, chosen by the admin.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/open-database';
import { instanceSettings } from '../db/schema';
import { SIGNUP_POLICIES, type SignupPolicy } from '../auth/input-schemas';
import { writeAudit, type AuditActor } from './audit';

export interface InstanceSettings {
  signupPolicy: SignupPolicy;
  allowedDomains: string[];
}

export async function getInstanceSettings(db: Pick<Database, 'select'>): Promise<InstanceSettings> {
  const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.id, 1));
  const policy = SIGNUP_POLICIES.find((p) => p === row?.signupPolicy) ?? 'open';
  return { signupPolicy: policy, allowedDomains: row?.allowedDomains ?? [] };
}

export async function updateInstanceSettings(db: Database, actor: AuditActor, settings: InstanceSettings): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(instanceSettings)
      .values({ id: 1, signupPolicy: settings.signupPolicy, allowedDomains: settings.allowedDomains })
      .onConflictDoUpdate({ target: instanceSettings.id, set: { signupPolicy: settings.signupPolicy, allowedDomains: settings.allowedDomains, updatedAt: new Date() } });
    await writeAudit(tx, actor, 'instance.signup_policy_changed', null, { policy: settings.signupPolicy, domains: settings.allowedDomains.join(',') });
  });
}
