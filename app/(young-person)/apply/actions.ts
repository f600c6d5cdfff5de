'use server';

import { notFound, redirect } from 'next/navigation';
import { startApplication } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { requireYoungPerson } from '@/lib/auth/session';
import { isVacancyId } from '@/lib/vacancies/search';

/** Young people only: starts (or carries on with) their application to a course or vacancy. Works as a plain form post. */
export async function startApplicationAction(formData: FormData): Promise<void> {
  const course = formData.get('course');
  const vacancy = formData.get('vacancy');
  const returnTo = typeof vacancy === 'string' ? `/apply?vacancy=${vacancy}` : `/apply?course=${String(course ?? '')}`;
  const user = await requireYoungPerson(returnTo);
  let target;
  if (typeof vacancy === 'string' && isVacancyId(vacancy)) target = { vacancyId: vacancy };
  else if (typeof course === 'string' && /^[a-z0-9-]{1,200}$/.test(course)) target = { courseSlug: course };
  else notFound();
  const application = await startApplication({ actorId: user.id, target, now: new Date(), rules: (await getAreaSettings({ laId: user.laId })).freshness });
  if (!application) notFound();
  redirect(`/applications/${application.id}`);
}
