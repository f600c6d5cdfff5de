'use server';

import { notFound, redirect } from 'next/navigation';
import { setAdviserLookUp } from '@/db/queries/staff-permissions';
import { requireLaAdmin } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';

/** Council admins only: allow or stop one adviser in their area looking up any young person. */
export async function setAdviserLookUpAction(formData: FormData): Promise<void> {
  const user = await requireLaAdmin('/admin/staff');
  const adviserId = formData.get('adviserId');
  const isAllowed = formData.get('allow') === 'yes';
  if (!isRecordId(adviserId)) notFound();
  const adviser = await setAdviserLookUp({ actorId: user.id, adviserId, isAllowed });
  if (!adviser) notFound();
  redirect(`/admin/staff?changed=${adviserId}&allowed=${isAllowed ? 'yes' : 'no'}`);
}
