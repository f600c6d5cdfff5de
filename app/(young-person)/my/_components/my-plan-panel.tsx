import Link from 'next/link';
import { PlanStep } from '@/components/action-plans/plan-step';
import { findOwnPlan } from '@/db/queries/action-plans';
import { ukDate } from '@/lib/action-plans/reminders';
import { describeStepsToDo } from '@/lib/action-plans/words';
import { TickStepButton } from './tick-step-button';

/** On the young person's page: the next steps on their plan (the first three to do), and a link to all of it. */
export async function MyPlanPanel({ actorId }: { actorId: string }) {
  const steps = await findOwnPlan({ actorId });
  if (steps.length === 0) return null;
  const toDo = steps.filter((step) => step.status === 'to_do');
  const now = new Date();
  const today = ukDate(now);
  return (
    <section aria-labelledby="my-plan-heading">
      <h2 id="my-plan-heading" className="mt-8 text-2xl font-bold">
        My plan
      </h2>
      <p className="mt-4">{describeStepsToDo(toDo.length)}</p>
      {toDo.length > 0 ? (
        <ul className="mt-4 flex flex-col gap-4" aria-label="Next steps on my plan">
          {toDo.slice(0, 3).map((step) => (
            <li key={step.id}>
              <PlanStep step={step} today={today} now={now} href={`/my/plan/${step.id}`} actions={<TickStepButton step={step} back="/my" />} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-4">
        <Link href="/my/plan" className="inline-flex min-h-11 items-center">
          See all of my plan
        </Link>
      </p>
    </section>
  );
}
