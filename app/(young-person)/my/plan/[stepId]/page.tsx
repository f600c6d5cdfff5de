import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PlanStep } from '@/components/action-plans/plan-step';
import { getOwnStep } from '@/db/queries/action-plans';
import { ukDate } from '@/lib/action-plans/reminders';
import { requireYoungPerson } from '@/lib/auth/session';
import { TickStepButton } from '../../_components/tick-step-button';

export const metadata: Metadata = { title: 'A step on my plan' };

type Props = { params: Promise<{ stepId: string }>; searchParams: Promise<{ ticked?: string | string[] }> };

/** One step of the young person's own plan, big, to read or listen to. Anyone else's step is not found. */
export default async function MyPlanStepPage({ params, searchParams }: Props) {
  const [{ stepId }, { ticked }] = await Promise.all([params, searchParams]);
  const user = await requireYoungPerson(`/my/plan/${stepId}`);
  const step = await getOwnStep({ actorId: user.id, stepId });
  if (!step) notFound();
  const now = new Date();
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/my/plan" className="inline-flex min-h-11 items-center">
          Back to my plan
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">A step on my plan</h1>
      <div role="status">
        {ticked === 'done' ? <p className="mt-4 border-l-4 border-brand bg-paper p-3 font-bold">Well done! That step is ticked.</p> : null}
      </div>
      <div className="mt-4 text-xl">
        <PlanStep step={step} today={ukDate(now)} now={now} headingLevel={2} actions={<TickStepButton step={step} back={`/my/plan/${step.id}`} />} />
      </div>
    </div>
  );
}
