import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getStepForStaff } from '@/db/queries/action-plans';
import { getAreaSettings } from '@/db/queries/area-settings';
import { ukDate } from '@/lib/action-plans/reminders';
import { notFoundIfPresenting } from '@/lib/auth/present';
import { requireAdviser } from '@/lib/auth/session';
import { updateStepAction } from '../actions';
import { StepForm } from '../../_components/step-form';

export const metadata: Metadata = { title: 'Change a step' };

type Props = { params: Promise<{ id: string; stepId: string }> };

/** An adviser changes one step on a young person's plan. Not their young person, or not their step: not found. */
export default async function ChangeStepPage({ params }: Props) {
  const { id, stepId } = await params;
  const user = await requireAdviser(`/adviser/young-people/${id}/plan/${stepId}`);
  await notFoundIfPresenting();
  const now = new Date();
  const found = await getStepForStaff({ actorId: user.id, youngPersonId: id, stepId, now, config: (await getAreaSettings({ laId: user.laId })).privacy });
  if (!found) notFound();
  const { step, name } = found;
  const link = step.links.length === 1 ? (step.links[0]?.href ?? '') : '';
  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/adviser/young-people/${id}#plan-heading`} className="inline-flex min-h-11 items-center">
          Back to {name ?? 'their record'}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Change a step</h1>
      <p className="mt-2">{name ?? 'They'} can see that you looked at their plan.</p>
      <StepForm
        action={updateStepAction}
        youngPersonId={id}
        stepId={step.id}
        today={ukDate(now)}
        initial={{ text: step.text, picture: step.picture ?? '', link, dueOn: step.dueOn }}
        submitLabel="Save the change"
      />
    </div>
  );
}
