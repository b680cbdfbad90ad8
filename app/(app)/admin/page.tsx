import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InstanceSettingsForm } from '@/components/account/instance-settings-client';
import { getDb } from '@/lib/server/database';
import { getInstanceSettings } from '@/lib/server/instance-settings';
import { requireUser } from '@/lib/server/page-guards';

export const metadata: Metadata = { title: 'Instance settings', robots: { index: false } };

export default async function AdminPage() {
  const user = await requireUser('/admin');
  if (!user.isAdmin) notFound();
  const settings = await getInstanceSettings(await getDb());
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Instance settings</h1>
      <InstanceSettingsForm policy={settings.signupPolicy} domains={settings.allowedDomains} />
    </div>
  );
}
