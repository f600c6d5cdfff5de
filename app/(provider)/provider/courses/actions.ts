'use server';

import { notFound, redirect } from 'next/navigation';
import { markAllOwnCoursesChecked } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';

/** Provider staff only: "all my courses are still correct" — every course of theirs checked now, logged once. */
export async function markAllCoursesCheckedAction(): Promise<void> {
  const user = await requireProviderStaff('/provider/courses');
  const result = await markAllOwnCoursesChecked({ actorId: user.id, now: new Date() });
  if (!result) notFound();
  redirect(`/provider/courses?checked=${result.count}`);
}
