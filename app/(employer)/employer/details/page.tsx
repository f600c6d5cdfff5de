import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CheckedForm, SavedNote } from '@/components/manage/checked-form';
import { EmployerDetailsForm } from '@/components/manage/employer-details-form';
import { BackLink } from '@/components/layout/back-link';
import { RecentChanges } from '@/components/manage/recent-changes';
import { findRecentChanges } from '@/db/queries/content-changes';
import { getEmployerDetails } from '@/db/queries/employer-details';
import { requireEmployerStaff } from '@/lib/auth/session';
import { markEmployerCheckedAction, updateOwnEmployerDetailsAction } from './actions';

export const metadata: Metadata = { title: 'About your business' };

type Props = { searchParams: Promise<{ saved?: string }> };

function savedMessage(saved: string | undefined): string | null {
  if (saved === 'checked') return 'Thank you. Your details are marked as checked today.';
  return saved ? 'Saved. Young people see the changes now.' : null;
}

/** Employer staff: their employer's name, the words on its vacancies and its postcode. */
export default async function EmployerDetailsPage({ searchParams }: Props) {
  const user = await requireEmployerStaff('/employer/details');
  const [employer, query] = await Promise.all([getEmployerDetails({ actorId: user.id }), searchParams]);
  if (!employer) notFound();
  const changes = await findRecentChanges({ laId: employer.laId, entityType: 'employer', entityId: employer.id });
  return (
    <div className="max-w-2xl">
      <BackLink href="/employer">Back to employer home</BackLink>
      <h1 className="text-3xl font-bold">About your business</h1>
      <SavedNote message={savedMessage(query.saved)} />
      <p className="mt-4">Changes go live at once, on every vacancy. We keep a record of who changed what.</p>
      <p className="mt-4">If nothing here has changed, say so: the council asks you to check it now and then.</p>
      <CheckedForm action={markEmployerCheckedAction} lastCheckedAt={employer.lastCheckedAt} lastCheckedBy={employer.lastCheckedBy} />
      <EmployerDetailsForm
        action={updateOwnEmployerDetailsAction}
        summaryLabel="About your business"
        saved={{ name: employer.name, summary: employer.summary, postcode: employer.postcode }}
      />
      <RecentChanges changes={changes} />
    </div>
  );
}
