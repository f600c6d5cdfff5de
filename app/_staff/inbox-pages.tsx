import { notFound } from 'next/navigation';
import { DecisionForms } from '@/components/applications/decision-forms';
import { InboxApplication } from '@/components/applications/inbox-application';
import { InboxList } from '@/components/applications/inbox-list';
import { buttonClasses } from '@/components/ui/button-styles';
import { findInboxApplications, openInboxApplication } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { nextStatuses } from '@/lib/applications/status';
import { isApplicationId } from '@/lib/applications/words';
import type { CurrentUser } from '@/lib/auth/session';
import { inviteToInterviewAction, makeOfferAction, recordOutcomeAction, turnDownAction } from './application-actions';

// The provider's and the employer's inbox are the same pages with a different guard and address.

export async function InboxListPage({ user, basePath }: { user: CurrentUser; basePath: string }) {
  const entries = await findInboxApplications({ actorId: user.id });
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Applications</h1>
      <p className="mt-2 text-lg">Applications to your own courses, jobs and training places. Newest first.</p>
      <InboxList entries={entries} basePath={basePath} />
    </div>
  );
}

const DONE_WORDS: Record<string, string> = {
  interview: 'Invitation sent. We have texted them.',
  offer: 'Offer made. We have texted them.',
  unsuccessful: 'Turned down. We have texted them to read your reason.',
  no_show: 'Recorded: did not come to the interview.',
  did_not_enrol: 'Recorded: did not start.',
};

export async function InboxApplicationPage({
  user,
  basePath,
  id,
  done,
}: {
  user: CurrentUser;
  basePath: string;
  id: string;
  done: string | undefined;
}) {
  if (!isApplicationId(id)) notFound();
  const application = await openInboxApplication({ actorId: user.id, applicationId: id, now: new Date(), rules: (await getAreaSettings({ laId: user.laId })).freshness });
  if (!application) notFound();
  const allowed = nextStatuses(application.status, 'staff');
  const records = allowed.filter((status) => status === 'no_show' || status === 'did_not_enrol');
  return (
    <InboxApplication
      application={application}
      basePath={basePath}
      done={done ? DONE_WORDS[done] : undefined}
      decisions={
        <>
          {allowed.length === 0 ? <p className="mt-2">Nothing more to do on this application.</p> : null}
          <DecisionForms
            applicationId={id}
            canInvite={allowed.includes('interview')}
            canOffer={allowed.includes('offer')}
            canTurnDown={allowed.includes('unsuccessful')}
            inviteAction={inviteToInterviewAction}
            offerAction={makeOfferAction}
            turnDownAction={turnDownAction}
          />
          {records.map((status) => (
            <form key={status} action={recordOutcomeAction} className="mt-4">
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="to" value={status} />
              <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
                {status === 'no_show' ? 'Record: they did not come to the interview' : 'Record: they did not start'}
              </button>
            </form>
          ))}
        </>
      }
    />
  );
}
