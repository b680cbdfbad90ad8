import type { Metadata } from 'next';
import { AccountSettings } from '@/components/account/account-settings-client';
import { hasPassword } from '@/lib/server/accounts';
import { getDb } from '@/lib/server/database';
import { requireUser } from '@/lib/server/page-guards';

export const metadata: Metadata = { title: 'Account settings', robots: { index: false } };

export default async function AccountPage() {
  const user = await requireUser('/account');
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Account settings</h1>
      <p className="mt-1 text-fg-muted">{user.email}</p>
      <AccountSettings name={user.name} hasPassword={await hasPassword(await getDb(), user.id)} />
    </div>
  );
}
