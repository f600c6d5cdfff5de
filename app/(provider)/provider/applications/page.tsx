import type { Metadata } from 'next';
import { requireProviderStaff } from '@/lib/auth/session';
import { InboxListPage } from '../../../_staff/inbox-pages';

export const metadata: Metadata = { title: 'Applications' };

export default async function ProviderApplicationsPage() {
  const user = await requireProviderStaff('/provider/applications');
  return <InboxListPage user={user} basePath="/provider/applications" />;
}
