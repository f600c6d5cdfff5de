'use server';

import { notFound, redirect } from 'next/navigation';
import { setOwnStepStatus } from '@/db/queries/action-plans';
import { ACTION_STEP_STATUSES } from '@/lib/action-plans/status';
import { requireYoungPerson } from '@/lib/auth/session';
import { safeNextPath } from '@/lib/auth/roles';

/** Young people only: ticks one of their own steps done, or back to do. Anyone else's step is not found. */
export async function tickStepAction(formData: FormData): Promise<void> {
  const user = await requireYoungPerson('/my/plan');
  const stepId = String(formData.get('stepId') ?? '');
  const to = ACTION_STEP_STATUSES.find((status) => status === formData.get('to'));
  if (!to) notFound();
  const result = await setOwnStepStatus({ actorId: user.id, stepId, to, now: new Date() });
  if (result === 'not-found') notFound();
  const asked = safeNextPath(String(formData.get('back') ?? ''));
  const back = asked?.startsWith('/my') ? asked : '/my/plan';
  const ticked = result === 'moved' ? (to === 'done' ? 'done' : 'to_do') : 'unchanged';
  redirect(`${back.split('?')[0]}?ticked=${ticked}`);
}
