import type { Metadata } from 'next';
import { BackLink } from '@/components/layout/back-link';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { getEmployerForReview } from '@/db/queries/moderation';
import { requireLaAdmin } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';
import { approveRefusal } from '@/lib/manage/moderation';
import { approveEmployerAction, turnDownEmployerAction } from '../../actions';
import { ReasonForm } from '../../_components/reason-form';

export const metadata: Metadata = { title: 'Check a new employer' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ refused?: string }> };

export default async function ReviewEmployerPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireLaAdmin(`/admin/moderation/employers/${id}`);
  if (!isRecordId(id)) notFound();
  const employer = await getEmployerForReview({ actorId: user.id, employerId: id });
  if (!employer) notFound();
  const refusal = query.refused === 'approve' ? approveRefusal(employer.status) : null;
  return (
    <div className="max-w-2xl">
      <BackLink href="/admin/moderation">Back to waiting for approval</BackLink>
      <h1 className="text-3xl font-bold">{employer.name}</h1>
      {refusal ? (
        <div role="alert" className="mt-4 border-l-4 border-error bg-paper p-4">
          <p className="font-bold">Not approved</p>
          <p>{refusal}</p>
        </div>
      ) : null}
      <dl className="mt-6 flex flex-col gap-4">
        <div>
          <dt className="font-bold">Workplace postcode</dt>
          <dd>{employer.postcode}</dd>
        </div>
        <div>
          <dt className="font-bold">Staff</dt>
          {employer.staff.length === 0 ? <dd>Nobody yet.</dd> : null}
          {employer.staff.map((person) => (
            <dd key={person.email ?? person.name}>
              {person.name ?? 'No name'}, {person.email ?? 'no email'}
              {person.hasProved ? '. Has signed in.' : '. Has not signed in yet.'}
            </dd>
          ))}
        </div>
        <div>
          <dt className="font-bold">Vacancies</dt>
          {employer.vacancies.length === 0 ? <dd>None yet.</dd> : null}
          {employer.vacancies.map((vacancy) => (
            <dd key={vacancy.id}>
              <Link href={`/admin/moderation/${vacancy.id}`} className="inline-flex min-h-11 items-center">
                {vacancy.title}
              </Link>
            </dd>
          ))}
        </div>
      </dl>
      {employer.status === 'pending' ? (
        <>
          <form action={approveEmployerAction} className="mt-8">
            <input type="hidden" name="employerId" value={employer.id} />
            <button type="submit" className={buttonClasses('primary')}>
              Approve {employer.name}
            </button>
          </form>
          <section aria-labelledby="turn-down" className="mt-8">
            <h2 id="turn-down" className="text-2xl font-bold">
              Turn down {employer.name}
            </h2>
            <p className="mt-2">They will not be able to post. Young people will not see their vacancies.</p>
            <ReasonForm
              action={turnDownEmployerAction}
              idName="employerId"
              idValue={employer.id}
              label="Why are you turning them down?"
              description="Their staff see this when they sign in."
              submitLabel={`Turn down ${employer.name}`}
            />
          </section>
        </>
      ) : employer.status === 'rejected' ? (
        <div className="mt-8 border-l-4 border-line bg-paper p-4">
          <p className="font-bold">Turned down</p>
          <p className="whitespace-pre-line">{employer.turnedDownReason}</p>
        </div>
      ) : (
        <p className="mt-8">
          This employer is {employer.status === 'approved' ? 'approved' : 'paused'}. Change that on{' '}
          <Link href={`/admin/employers/${employer.id}`}>the employer’s page</Link>.
        </p>
      )}
    </div>
  );
}
