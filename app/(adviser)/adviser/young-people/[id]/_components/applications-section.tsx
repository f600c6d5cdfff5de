import { buttonClasses } from '@/components/ui/button-styles';
import type { StaffRecordView } from '@/db/queries/privacy';
import { ADVISER_OUTCOMES, type AdviserOutcome, nextStatuses, STATUS_WORDS_FOR_ADVISER } from '@/lib/applications/status';
import { recordOutcomeAction } from '../actions';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/**
 * Their applications (drafts are theirs alone). Their own adviser can record what the provider or employer
 * may not know: that they did not go to the interview, or did not start. Someone who sees this only by
 * consent may look but not record.
 */
export function ApplicationsSection({ record }: { record: StaffRecordView }) {
  if (!record.applications) return null;
  const canRecord = record.basis === 'caseload';
  return (
    <section aria-labelledby="applications-heading" className="mt-8">
      <h2 id="applications-heading" className="text-2xl font-bold">
        Applications
      </h2>
      {record.applications.length === 0 ? (
        <p className="mt-4">No applications sent yet.</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-3" aria-label="Applications">
          {record.applications.map((application) => {
            const outcomes = canRecord
              ? nextStatuses(application.status, 'adviser').filter((to): to is AdviserOutcome => to in ADVISER_OUTCOMES)
              : [];
            return (
              <li key={application.id} className="border-l-4 border-brand bg-paper p-3">
                <p className="font-bold">{application.title}</p>
                <p>
                  {STATUS_WORDS_FOR_ADVISER[application.status]}
                  {application.submittedAt ? ` · sent on ${dateFormat.format(application.submittedAt)}` : ''}
                </p>
                {outcomes.map((outcome) => (
                  <form key={outcome} action={recordOutcomeAction} className="mt-3">
                    <input type="hidden" name="youngPersonId" value={record.id} />
                    <input type="hidden" name="applicationId" value={application.id} />
                    <input type="hidden" name="outcome" value={outcome} />
                    <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
                      {ADVISER_OUTCOMES[outcome].button}
                      <span className="sr-only"> ({application.title})</span>
                    </button>
                  </form>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
