import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '../client';
import { users } from '../schema';

/** The area a council (LA) admin looks after, or null for anyone who is not one. Every admin query starts here. */
export async function laOfAdmin(actorId: string): Promise<string | null> {
  const [admin] = await db
    .select({ laId: users.laId })
    .from(users)
    .where(and(eq(users.id, actorId), eq(users.role, 'la_admin')));
  return admin?.laId ?? null;
}
