import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/layout/back-link';
import { SavedNote } from '@/components/manage/checked-form';
import { EmployerDetailsForm } from '@/components/manage/employer-details-form';
import { RecentChanges } from '@/components/manage/recent-changes';
import { findRecentChanges } from '@/db/queries/content-changes';
import { getEmployerDetails } from '@/db/queries/employer-details';
import { requireLaAdmin } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';
import { updateAreaEmployerDetailsAction } from './actions';

export const metadata: Metadata = { title: 'Change an employer' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

/** Council admins: change the name, words and postcode of an employer in their own area (another area's: not found). */
export default async function AdminEmployerPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireLaAdmin(`/admin/employers/${id}`);
  if (!isRecordId(id)) notFound();
  const employer = await getEmployerDetails({ actorId: user.id, employerId: id });
  if (!employer) notFound();
  const [changes, query] = await Promise.all([findRecentChanges({ laId: employer.laId, entityType: 'employer', entityId: employer.id }), searchParams]);
  return (
    <div className="max-w-2xl">
      <BackLink href="/admin/providers#employers">Back to providers and employers</BackLink>
      <h1 className="mt-2 text-3xl font-bold">Change {employer.name}</h1>
      <SavedNote message={query.saved ? 'Saved. Young people see the changes now.' : null} />
      <p className="mt-4">Changes go live at once, on every vacancy. The employer’s staff can see who changed what.</p>
      <EmployerDetailsForm
        action={updateAreaEmployerDetailsAction.bind(null, employer.id)}
        summaryLabel="About the employer"
        saved={{ name: employer.name, summary: employer.summary, postcode: employer.postcode }}
      />
      <RecentChanges changes={changes} />
    </div>
  );
}
