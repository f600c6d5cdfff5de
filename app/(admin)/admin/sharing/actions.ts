'use server';

import { notFound, redirect } from 'next/navigation';
import { setProspectusShare } from '@/db/queries/prospectus-shares';
import { requireLaAdmin } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';

/**
 * Council admins only: start or stop sharing their own area's courses with another area. The form names only
 * the other area; the sharing area is always the admin's own (decision 035).
 */
export async function setProspectusShareAction(formData: FormData): Promise<void> {
  const user = await requireLaAdmin('/admin/sharing');
  const toLaId = formData.get('toLaId');
  const isShared = formData.get('share') === 'yes';
  if (!isRecordId(toLaId)) notFound();
  const other = await setProspectusShare({ actorId: user.id, toLaId, isShared });
  if (!other) notFound();
  redirect(`/admin/sharing?changed=${toLaId}&shared=${isShared ? 'yes' : 'no'}`);
}
