import type { Metadata } from 'next';
import { requireEmployerStaff } from '@/lib/auth/session';
import { InboxApplicationPage } from '../../../../_staff/inbox-pages';

export const metadata: Metadata = { title: 'Application' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[] }> };

export default async function EmployerApplicationPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireEmployerStaff(`/employer/applications/${id}`);
  const done = typeof query.done === 'string' ? query.done : undefined;
  return <InboxApplicationPage user={user} basePath="/employer/applications" id={id} done={done} />;
}
