import type { Metadata } from 'next';
import { requireEmployerStaff } from '@/lib/auth/session';
import { InboxListPage } from '../../../_staff/inbox-pages';

export const metadata: Metadata = { title: 'Applications' };

export default async function EmployerApplicationsPage() {
  const user = await requireEmployerStaff('/employer/applications');
  return <InboxListPage user={user} basePath="/employer/applications" />;
}
