import 'server-only';
import { getOwnDateOfBirth } from '@/db/queries/people';
import { getCurrentUser } from '@/lib/auth/session';
import { ageOn, toWageAge } from '@/lib/vacancies/wages';
import { londonToday } from '@/lib/vacancies/words';

/**
 * The age to show pay for: the one in the URL (someone may be looking for a friend, or an adviser for a
 * young person), else a signed-in young person's own age from their date of birth, else none.
 */
export async function resolveWageAge(fromUrl: number | undefined, now: Date): Promise<number | undefined> {
  if (fromUrl !== undefined) return fromUrl;
  const user = await getCurrentUser();
  if (user?.role !== 'young_person') return undefined;
  const dateOfBirth = await getOwnDateOfBirth({ actorId: user.id });
  return dateOfBirth ? toWageAge(ageOn(dateOfBirth, londonToday(now))) : undefined;
}
