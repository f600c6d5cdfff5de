'use server';

import { notFound, redirect } from 'next/navigation';
import { getAreaSettings } from '@/db/queries/area-settings';
import { setSafetyFlag } from '@/db/queries/safety';
import { requireAdviser } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';

/** The young person's own adviser only: turns the safety flag on or off and names who still sees their details. */
export async function setSafetyFlagAction(formData: FormData): Promise<void> {
  const user = await requireAdviser('/adviser');
  const youngPersonId = formData.get('youngPersonId');
  if (!isRecordId(youngPersonId)) notFound();
  const chosenStaffIds = formData.getAll('named').filter(isRecordId);
  const saved = await setSafetyFlag({
    actorId: user.id,
    youngPersonId,
    now: new Date(),
    config: (await getAreaSettings({ laId: user.laId })).privacy,
    isOn: formData.get('flag') === 'on',
    chosenStaffIds,
  });
  if (!saved) notFound();
  redirect(`/adviser/young-people/${youngPersonId}/safety?saved=1`);
}
