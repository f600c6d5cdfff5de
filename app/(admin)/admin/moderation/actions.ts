'use server';

import { notFound, redirect } from 'next/navigation';
import { approveEmployer, approveVacancy } from '@/db/queries/moderation';
import { requireLaAdmin } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';

/** LA admins only: approve an employer in their area; its waiting vacancies with nothing flagged go live. */
export async function approveEmployerAction(formData: FormData): Promise<void> {
  const user = await requireLaAdmin('/admin/moderation');
  const employerId = formData.get('employerId');
  if (!isRecordId(employerId)) notFound();
  const result = await approveEmployer({ actorId: user.id, employerId, now: new Date() });
  if (!result) notFound();
  redirect('/admin/moderation?done=employer');
}

/** LA admins only: approve one waiting vacancy in their area; it goes live. */
export async function approveVacancyAction(formData: FormData): Promise<void> {
  const user = await requireLaAdmin('/admin/moderation');
  const vacancyId = formData.get('vacancyId');
  if (!isRecordId(vacancyId)) notFound();
  const result = await approveVacancy({ actorId: user.id, vacancyId });
  if (!result) notFound();
  redirect('/admin/moderation?done=vacancy');
}
