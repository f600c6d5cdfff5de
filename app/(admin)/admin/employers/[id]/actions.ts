'use server';

import { notFound, redirect } from 'next/navigation';
import { updateEmployerDetails } from '@/db/queries/employer-details';
import { requireLaAdmin } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import { parseEmployerDetails } from '../../../../_staff/employer-details';

/** Council admins only: change the details of an employer in their own area. Live at once and logged. */
export async function updateAreaEmployerDetailsAction(employerId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireLaAdmin(`/admin/employers/${employerId}`);
  if (!isRecordId(employerId)) notFound();
  const parsed = await parseEmployerDetails(formData);
  if ('state' in parsed) return parsed.state;
  const result = await updateEmployerDetails({ actorId: user.id, employerId }, { ...parsed, now: new Date() });
  if (!result) notFound();
  redirect(`/admin/employers/${employerId}?saved=1`);
}
