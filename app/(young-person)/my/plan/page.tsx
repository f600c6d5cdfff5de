import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanStep } from '@/components/action-plans/plan-step';
import { findOwnPlan } from '@/db/queries/action-plans';
import { ukDate } from '@/lib/action-plans/reminders';
import { describeStepsToDo } from '@/lib/action-plans/words';
import { requireYoungPerson } from '@/lib/auth/session';
import { TickStepButton } from '../_components/tick-step-button';

export const metadata: Metadata = { title: 'My plan' };

type Props = { searchParams: Promise<{ ticked?: string | string[] }> };

const TICKED_WORDS: Record<string, string> = {
  done: 'Well done! That step is ticked.',
  to_do: 'OK. That step is back on your list.',
  unchanged: 'That step had already changed.',
};

/** The young person's action plan: the steps they agreed with their adviser, in plain words, to tick off. */
export default async function MyPlanPage({ searchParams }: Props) {
  const user = await requireYoungPerson('/my/plan');
  const { ticked } = await searchParams;
  const steps = await findOwnPlan({ actorId: user.id });
  const now = new Date();
  const today = ukDate(now);
  const toDo = steps.filter((step) => step.status === 'to_do');
  const message = typeof ticked === 'string' ? TICKED_WORDS[ticked] : undefined;
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/my" className="inline-flex min-h-11 items-center">
          Back to my page
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">My plan</h1>
      <div role="status">{message ? <p className="mt-4 border-l-4 border-brand bg-paper p-3 font-bold">{message}</p> : null}</div>
      {steps.length === 0 ? (
        <p className="mt-4">You have no steps yet. You and your adviser will make your plan together.</p>
      ) : (
        <>
          <p className="mt-4">These are the next steps you agreed with your adviser. {describeStepsToDo(toDo.length)}</p>
          <p className="mt-2">We send you a text the day before a step is due.</p>
          <ul className="mt-4 flex flex-col gap-4" aria-label="My steps">
            {steps.map((step) => (
              <li key={step.id}>
                <PlanStep step={step} today={today} now={now} headingLevel={2} href={`/my/plan/${step.id}`} actions={<TickStepButton step={step} back="/my/plan" />} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-8">
        <Link href="/ask-adviser" className="inline-flex min-h-11 items-center">
          Ask your adviser about your plan
        </Link>
      </p>
    </div>
  );
}
