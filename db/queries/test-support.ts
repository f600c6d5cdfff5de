import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../client';
import { centres, localAuthorities, memberships, users } from '../schema';

/**
 * Test mode only (the route refuses otherwise): a new member of staff in an area, so each e2e test signs in
 * as someone nobody else is using at the same moment.
 */
export async function createTestStaff({
  laSlug,
  role,
  name,
  canSearchYoungPeople,
  centreName,
}: {
  laSlug: string;
  role: 'adviser' | 'la_admin';
  name: string;
  canSearchYoungPeople: boolean;
  /** Advisers work at this centre (default: the area's first by name). */
  centreName?: string;
}): Promise<{ id: string; email: string } | null> {
  const [area] = await db.select({ id: localAuthorities.id }).from(localAuthorities).where(eq(localAuthorities.slug, laSlug));
  if (!area) return null;
  const email = `${role.replace('_', '-')}-${randomUUID().slice(0, 8)}@test.example`;
  const [user] = await db
    .insert(users)
    .values({ laId: area.id, role, name, email, canSearchYoungPeople, emailVerified: new Date() })
    .returning({ id: users.id });
  if (!user) return null;
  if (role === 'adviser') {
    const [centre] = await db
      .select({ id: centres.id })
      .from(centres)
      .where(and(eq(centres.laId, area.id), centreName ? eq(centres.name, centreName) : undefined))
      .orderBy(asc(centres.name))
      .limit(1);
    if (centre) await db.insert(memberships).values({ userId: user.id, centreId: centre.id });
  }
  return { id: user.id, email };
}
