import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { SentApplication } from '@/components/applications/sent-application';
import { SimpleActionForm } from '@/components/forms/simple-action-form';
import { getApplicationProfile, getOwnApplication } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { isProfileDone, sentProfileFrom } from '@/lib/applications/profile';
import { isApplicationId } from '@/lib/applications/words';
import { requireYoungPerson } from '@/lib/auth/session';
import { formatUkMobile } from '@/lib/sign-in/schemas';
import { submitApplicationAction } from '../actions';

export const metadata: Metadata = { title: 'Check your application' };

export default async function CheckPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireYoungPerson(`/applications/${id}/check`);
  if (!isApplicationId(id)) notFound();
  const [application, profile] = await Promise.all([
    getOwnApplication({ actorId: user.id, applicationId: id, now: new Date(), rules: (await getAreaSettings({ laId: user.laId })).freshness }),
    getApplicationProfile({ actorId: user.id }),
  ]);
  if (!application || !profile) notFound();
  if (application.status !== 'draft') redirect(`/applications/${id}`);
  const here = `/applications/${id}/check`;
  const back = encodeURIComponent(here);

  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/applications/${id}`} className="inline-flex min-h-11 items-center">
          Back
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Check your application</h1>
      <p className="mt-2 text-xl">
        {application.target.title} with {application.target.offeredBy}
      </p>
      {!application.target.isOpen ? (
        <p role="alert" className="mt-4 border-4 border-error bg-paper p-4 font-bold">
          This has closed, so you cannot send your application now. We have kept everything you wrote.
        </p>
      ) : null}
      {!isProfileDone(profile) ? (
        <p className="mt-4 border-l-4 border-brand bg-paper p-4 font-bold">
          Some parts of your profile are not done yet.{' '}
          <Link href={`/applications/${id}`}>Finish your profile</Link> before you send this.
        </p>
      ) : null}
      <SentApplication
        profile={{
          ...sentProfileFrom(profile),
          phone: profile.contactPhone ? formatUkMobile(profile.contactPhone) : null,
        }}
        questions={application.questions}
        attachments={application.attachments}
        mediaUrl={(mediaId) => `/api/media/${mediaId}`}
        changeLinks={{
          section: (section) => `/applications/profile/${section}?next=${back}`,
          questions: `/applications/${id}/questions?next=${back}`,
          attachments: `/applications/${id}/attach?next=${back}`,
        }}
      />
      {application.target.isOpen ? (
        <>
          <h2 className="mt-8 text-2xl font-bold">Send your application</h2>
          <p className="mt-2">When you send it, {application.target.offeredBy} can read it. You cannot change it after that.</p>
          <SimpleActionForm action={submitApplicationAction} fields={[]} submitLabel="Send my application" hiddenFields={{ id }} />
        </>
      ) : null}
    </div>
  );
}
