import type { Metadata } from 'next';
import { requireProviderStaff } from '@/lib/auth/session';
import { InboxApplicationPage } from '../../../../_staff/inbox-pages';

export const metadata: Metadata = { title: 'Application' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[] }> };

export default async function ProviderApplicationPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireProviderStaff(`/provider/applications/${id}`);
  const done = typeof query.done === 'string' ? query.done : undefined;
  return <InboxApplicationPage user={user} basePath="/provider/applications" id={id} done={done} />;
}
