import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Point } from '@/lib/geo/places';
import { slugFor, type EmployerSignUpInput } from '@/lib/manage/employer-sign-up';
import { db } from '../client';
import { employers, memberships, users } from '../schema';

/**
 * Public (anyone may sign up): a new employer, waiting for the council's approval, and its first member of
 * staff, in one area. 'email-taken' when the email already has an account (they sign in instead). The
 * email is proved by the sign-in code that follows (only then does the employer reach the council's review
 * queue); until an admin approves, the employer's vacancies wait. Nothing is saved when the email is taken.
 */
export async function createEmployerSignUp({
  laId,
  input,
  point,
}: {
  laId: string;
  input: EmployerSignUpInput;
  point: Point;
}): Promise<'created' | 'email-taken'> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (existing) return 'email-taken';
  try {
    return await db.transaction(async (tx) => {
      const base = slugFor(input.organisationName);
      const [clash] = await tx.select({ id: employers.id }).from(employers).where(and(eq(employers.laId, laId), eq(employers.slug, base)));
      const slug = clash ? `${base}-${randomUUID().slice(0, 6)}` : base;
      const [employer] = await tx
        .insert(employers)
        .values({ laId, slug, name: input.organisationName, status: 'pending', postcode: input.postcode, latitude: point.latitude, longitude: point.longitude })
        .returning({ id: employers.id });
      const [user] = await tx
        .insert(users)
        .values({ laId, role: 'employer_staff', name: input.yourName, email: input.email })
        .onConflictDoNothing()
        .returning({ id: users.id });
      // Someone took the email between the check and the insert: undo the employer too, so no employer is
      // left waiting with nobody to sign in for it.
      if (!employer || !user) throw new EmailTaken();
      await tx.insert(memberships).values({ userId: user.id, employerId: employer.id });
      return 'created' as const;
    });
  } catch (error) {
    if (error instanceof EmailTaken) return 'email-taken';
    throw error;
  }
}

/** Thrown inside the sign-up's transaction to roll it back when the email is already taken. */
class EmailTaken extends Error {}
