import Link from 'next/link';
import { PlanStep } from '@/components/action-plans/plan-step';
import { buttonClasses } from '@/components/ui/button-styles';
import { findPlanForStaff } from '@/db/queries/action-plans';
import { getAreaSettings } from '@/db/queries/area-settings';
import type { StaffRecordView } from '@/db/queries/privacy';
import { ukDate } from '@/lib/action-plans/reminders';
import { type ActionStepStatus, nextStepStatuses } from '@/lib/action-plans/status';
import { getCurrentUser } from '@/lib/auth/session';
import { addStepAction, moveStepAction } from '../plan/actions';
import { StepForm } from './step-form';

const MOVE_WORDS: Record<ActionStepStatus, string> = { done: 'Mark as done', to_do: 'Not done yet', removed: 'Remove' };

const DONE_WORDS: Record<string, string> = {
  added: 'Step added. They can see it on their plan.',
  changed: 'Step changed.',
  removed: 'Step removed.',
  unchanged: 'Nothing changed: that step had already moved on.',
};

/**
 * Their action plan: the next steps agreed with them. Shown to their own adviser, or to staff they let see
 * "about you"; the record page logs the view. Advisers add, change, tick and remove steps here.
 */
export async function ActionPlanSection({ record, done }: { record: StaffRecordView; done?: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const now = new Date();
  const steps = await findPlanForStaff({ actorId: user.id, youngPersonId: record.id, now, config: (await getAreaSettings({ laId: user.laId })).privacy });
  if (!steps) return null;
  const canChange = user.role === 'adviser';
  const today = ukDate(now);
  const message = done ? DONE_WORDS[done] : undefined;
  return (
    <section aria-labelledby="plan-heading" className="mt-8">
      <h2 id="plan-heading" className="text-2xl font-bold">
        Action plan
      </h2>
      <div role="status">{message ? <p className="mt-4 border-l-4 border-brand bg-paper p-3 font-bold">{message}</p> : null}</div>
      <p className="mt-2">The next steps you agreed. They see these on their phone, and get a text the day before each one.</p>
      {steps.length === 0 ? (
        <p className="mt-4">No steps yet.</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-4" aria-label="Steps on their plan">
          {steps.map((step) => (
            <li key={step.id}>
              <PlanStep
                step={step}
                today={today}
                now={now}
                actions={
                  canChange ? (
                    <>
                      <Link href={`/adviser/young-people/${record.id}/plan/${step.id}`} className={buttonClasses('secondary')}>
                        Change<span className="sr-only"> “{step.text}”</span>
                      </Link>
                      {nextStepStatuses(step.status, 'adviser').map((to) => (
                        <form key={to} action={moveStepAction}>
                          <input type="hidden" name="youngPersonId" value={record.id} />
                          <input type="hidden" name="stepId" value={step.id} />
                          <input type="hidden" name="to" value={to} />
                          <button type="submit" className={buttonClasses(to === 'removed' ? 'warning' : 'secondary', 'cursor-pointer')}>
                            {MOVE_WORDS[to]}
                            <span className="sr-only"> “{step.text}”</span>
                          </button>
                        </form>
                      ))}
                    </>
                  ) : null
                }
              />
            </li>
          ))}
        </ul>
      )}
      {canChange ? (
        <>
          <h3 className="mt-6 text-xl font-bold">Add a step</h3>
          <StepForm action={addStepAction} youngPersonId={record.id} today={today} submitLabel="Add this step" />
        </>
      ) : null}
    </section>
  );
}
