'use server';

import { notFound, redirect } from 'next/navigation';
import { markOwnEmployerChecked, updateEmployerDetails } from '@/db/queries/employer-details';
import { requireEmployerStaff } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms/form-state';
import { parseEmployerDetails } from '../../../_staff/employer-details';

/** Employer staff only: change their own employer's name, words and postcode. Live at once and logged. */
export async function updateOwnEmployerDetailsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireEmployerStaff('/employer/details');
  const parsed = await parseEmployerDetails(formData);
  if ('state' in parsed) return parsed.state;
  const result = await updateEmployerDetails({ actorId: user.id }, { ...parsed, now: new Date() });
  if (!result) notFound();
  redirect('/employer/details?saved=1');
}

/** Employer staff only: "checked, still correct" for their own employer's details. */
export async function markEmployerCheckedAction(): Promise<void> {
  const user = await requireEmployerStaff('/employer/details');
  const result = await markOwnEmployerChecked({ actorId: user.id, now: new Date() });
  if (!result) notFound();
  redirect('/employer/details?saved=checked');
}
