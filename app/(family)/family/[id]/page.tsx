import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { getAreaSettings } from '@/db/queries/area-settings';
import { findGrantsWaitingForMe } from '@/db/queries/parent-carers';
import { getStaffAccess, getYoungPersonRecordForStaff } from '@/db/queries/privacy';
import { STATUS_WORDS_FOR_YOUNG_PERSON } from '@/lib/applications/status';
import { requireRole } from '@/lib/auth/session';
import { RECORD_PART_WORDS } from '@/lib/privacy/words';
import { agreeToGrantAction } from '../actions';

export const metadata: Metadata = { title: 'What they shared with you' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ agreed?: string }> };

/**
 * A parent or carer's page for one young person who named them: what they may open (each opening is logged for the
 * young person), and anything waiting for them to say yes. Not-found for anyone else, or once the young person
 * stopped it.
 */
export default async function FamilyMemberPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireRole('parent_carer', `/family/${id}`);
  const now = new Date();
  const config = (await getAreaSettings({ laId: user.laId })).privacy;
  const [access, waiting] = await Promise.all([
    getStaffAccess({ actorId: user.id, youngPersonId: id, reason: null, now, config }),
    findGrantsWaitingForMe({ actorId: user.id, youngPersonId: id, now, config }),
  ]);
  // Named but sharing nothing yet still has a page when something waits for their yes.
  if (!access && waiting.length === 0) notFound();
  const parts = access?.decision.parts ?? [];
  // Opening this page shows "about them" and their applications when shared, and logs exactly those for them.
  const record = parts.some((part) => part !== 'cv')
    ? await getYoungPersonRecordForStaff({ actorId: user.id, youngPersonId: id, reason: null, now, config, rules: (await getAreaSettings({ laId: user.laId })).freshness, only: ['profile', 'applications'] })
    : null;
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/family" className="inline-flex min-h-11 items-center">
          Back to your family
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">What they shared with you</h1>
      <div role="status" className="mt-4">
        {query.agreed === '1' ? <p className="border-l-4 border-brand bg-paper p-3 font-bold">Done. You said yes.</p> : null}
      </div>
      {parts.includes('cv') ? (
        <p className="mt-4">
          <Link href={`/family/${id}/cv`} className="inline-flex min-h-11 items-center text-xl font-bold">
            Their CV
          </Link>
        </p>
      ) : null}
      {parts.length === 0 ? <p className="mt-4">They have not shared anything with you yet.</p> : null}
      {record?.profile ? (
        <section aria-labelledby="about-heading" className="mt-8">
          <h2 id="about-heading" className="text-2xl font-bold">
            {RECORD_PART_WORDS.profile.name.replace('you', 'them')}
          </h2>
          <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="font-bold">Name</dt>
            <dd>{record.name ?? 'Not given'}</dd>
            <dt className="font-bold">Age</dt>
            <dd>{record.profile.age ?? 'Not given'}</dd>
            <dt className="font-bold">Courses they saved</dt>
            <dd>{record.profile.savedCourses.map((course) => course.title).join(', ') || 'None yet'}</dd>
            <dt className="font-bold">Jobs and training they saved</dt>
            <dd>{record.profile.savedVacancies.map((vacancy) => vacancy.title).join(', ') || 'None yet'}</dd>
          </dl>
        </section>
      ) : null}
      {record?.applications ? (
        <section aria-labelledby="applications-heading" className="mt-8">
          <h2 id="applications-heading" className="text-2xl font-bold">
            Their applications
          </h2>
          {record.applications.length === 0 ? (
            <p className="mt-2">None sent yet.</p>
          ) : (
            <ul className="mt-4 flex flex-col gap-2" aria-label="Their applications">
              {record.applications.map((application) => (
                <li key={application.id}>
                  {application.title}: {STATUS_WORDS_FOR_YOUNG_PERSON[application.status].label}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {waiting.length > 0 ? (
        <section aria-labelledby="waiting-heading" className="mt-8">
          <h2 id="waiting-heading" className="text-2xl font-bold">
            Waiting for you to say yes
          </h2>
          <p className="mt-2">They are under the age to decide this alone. It counts only when you say yes.</p>
          <ul className="mt-4 flex flex-col gap-4" aria-label="Waiting for you to say yes">
            {waiting.map((grant) => {
              const what = grant.part === 'everything' ? 'everything' : RECORD_PART_WORDS[grant.part].yours.replace(/^your /, 'their ');
              const who = grant.granteeName ?? 'Someone';
              return (
                <li key={grant.id} className="flex flex-wrap items-center justify-between gap-4 border-2 border-line bg-paper p-3">
                  <p>
                    They want {who} to see {what}.
                  </p>
                  <form action={agreeToGrantAction}>
                    <input type="hidden" name="grant" value={grant.id} />
                    <input type="hidden" name="person" value={id} />
                    <button type="submit" className={buttonClasses('primary', 'cursor-pointer')}>
                      Say yes<span className="sr-only"> to {who} seeing {what}</span>
                    </button>
                  </form>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
