'use server';

import { notFound, redirect } from 'next/navigation';
import { recordAdviserOutcome } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { adviserOutcomeSchema } from '@/lib/applications/schemas';
import { notFoundIfPresenting } from '@/lib/auth/present';
import { requireAdviser } from '@/lib/auth/session';

/**
 * Advisers only: record that a young person on their caseload did not go to an interview, or did not start.
 * The state machine decides whether it can move; history keeps who and when; the view is logged.
 */
export async function recordOutcomeAction(formData: FormData): Promise<void> {
  const user = await requireAdviser('/adviser');
  await notFoundIfPresenting();
  const parsed = adviserOutcomeSchema.safeParse({
    applicationId: formData.get('applicationId'),
    youngPersonId: formData.get('youngPersonId'),
    outcome: formData.get('outcome'),
  });
  if (!parsed.success) notFound();
  const { youngPersonId, applicationId, outcome } = parsed.data;
  const result = await recordAdviserOutcome({ actorId: user.id, youngPersonId, applicationId, outcome, now: new Date(), config: (await getAreaSettings({ laId: user.laId })).privacy });
  if (!result.ok && result.reason === 'not-found') notFound();
  // A second press, or the provider moved it on first: say so instead of pretending it saved.
  redirect(`/adviser/young-people/${youngPersonId}?recorded=${result.ok ? outcome : 'moved-on'}#applications-heading`);
}
