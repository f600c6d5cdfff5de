import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { findOwnOtherVersions, getOwnApplication } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { safeNextPath } from '@/lib/auth/roles';
import { requireYoungPerson } from '@/lib/auth/session';
import { isApplicationId } from '@/lib/applications/words';
import { autosaveAnswersAction, saveAnswersAction, settleOtherVersionAction, syncOfflineAnswersAction } from '../actions';
import { AnswersForm } from '../_components/answers-form';

export const metadata: Metadata = { title: 'Their questions' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ next?: string | string[] }> };

export default async function QuestionsPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireYoungPerson(`/applications/${id}/questions`);
  if (!isApplicationId(id)) notFound();
  const application = await getOwnApplication({ actorId: user.id, applicationId: id, now: new Date(), rules: (await getAreaSettings({ laId: user.laId })).freshness });
  if (!application) notFound();
  if (application.status !== 'draft') redirect(`/applications/${id}`);
  const next = safeNextPath(query.next);
  const otherVersions = await findOwnOtherVersions({ actorId: user.id, applicationId: id });

  return (
    <div className="max-w-2xl">
      <p>
        <Link href={next ?? `/applications/${id}`} className="inline-flex min-h-11 items-center">
          Back
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Their questions</h1>
      <p className="mt-2 text-lg">
        {application.target.offeredBy} would like you to answer these. Write as much or as little as you like. It saves as you type.
      </p>
      {application.questions.length === 0 ? (
        <p className="mt-6">They have no questions of their own. You can go straight on.</p>
      ) : (
        <AnswersForm
          // A new form when kept versions change, so each answer shows what the server now has.
          key={otherVersions.map((version) => version.id).join(' ')}
          applicationId={id}
          questions={application.questions}
          next={next}
          action={saveAnswersAction}
          autosave={autosaveAnswersAction}
          sync={syncOfflineAnswersAction}
          otherVersions={otherVersions}
          settle={settleOtherVersionAction}
        />
      )}
    </div>
  );
}
