import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { CODE_LIFETIME_MINUTES, generateToken, hashCode } from '@/lib/sign-in/codes';
import { db } from '../client';
import { localAuthorities, sessions, signInCodes, users, youngPeople } from '../schema';

type Channel = 'sms' | 'email';

/** Creates a one-time code for a destination and returns the row id (for the pending cookie). Anyone may call. */
export async function createSignInCode({
  channel,
  destination,
  code,
  secret,
}: {
  channel: Channel;
  destination: string;
  code: string;
  secret: string;
}): Promise<string> {
  const id = crypto.randomUUID();
  await db.insert(signInCodes).values({
    id,
    channel,
    destination,
    codeHash: hashCode(code, id, secret),
    expiresAt: new Date(Date.now() + CODE_LIFETIME_MINUTES * 60_000),
  });
  return id;
}

export type PendingSignInCode = {
  id: string;
  channel: Channel;
  destination: string;
  codeHash: string;
  expiresAt: Date;
  consumedAt: Date | null;
  failedAttempts: number;
};

/** The code a browser is waiting on, by the id in its own pending cookie. */
export async function getPendingSignInCode({ codeId }: { codeId: string }): Promise<PendingSignInCode | null> {
  if (!/^[0-9a-f-]{36}$/i.test(codeId)) return null;
  const [row] = await db
    .select({
      id: signInCodes.id,
      channel: signInCodes.channel,
      destination: signInCodes.destination,
      codeHash: signInCodes.codeHash,
      expiresAt: signInCodes.expiresAt,
      consumedAt: signInCodes.consumedAt,
      failedAttempts: signInCodes.failedAttempts,
    })
    .from(signInCodes)
    .where(eq(signInCodes.id, codeId));
  return row ?? null;
}

export async function recordFailedCodeAttempt({ codeId }: { codeId: string }): Promise<void> {
  await db
    .update(signInCodes)
    .set({ failedAttempts: sql`${signInCodes.failedAttempts} + 1` })
    .where(eq(signInCodes.id, codeId));
}

/** Marks a code used. Returns false if another request used it first (single use, even under a race). */
export async function consumeSignInCode({ codeId }: { codeId: string }): Promise<boolean> {
  const used = await db
    .update(signInCodes)
    .set({ consumedAt: new Date() })
    .where(and(eq(signInCodes.id, codeId), isNull(signInCodes.consumedAt)))
    .returning({ id: signInCodes.id });
  return used.length === 1;
}

/**
 * A code that was entered correctly in the last 15 minutes but whose phone number has no account yet:
 * the proof a new young person owns the number while they choose their area.
 */
export async function getVerifiedNewPhone({ codeId }: { codeId: string }): Promise<string | null> {
  const [row] = await db
    .select({ destination: signInCodes.destination })
    .from(signInCodes)
    .where(
      and(
        eq(signInCodes.id, codeId),
        eq(signInCodes.channel, 'sms'),
        gt(signInCodes.consumedAt, new Date(Date.now() - 15 * 60_000)),
      ),
    );
  if (!row) return null;
  const existing = await findSignInUser({ channel: 'sms', destination: row.destination });
  return existing ? null : row.destination;
}

export type SignInUser = { id: string; role: string; isActive: boolean };

/** The account a phone number or email address signs in to, if any. A turned-off account is still found (isActive false). */
export async function findSignInUser({
  channel,
  destination,
}: {
  channel: Channel;
  destination: string;
}): Promise<SignInUser | null> {
  const [row] = await db
    .select({ id: users.id, role: users.role, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(channel === 'sms' ? eq(users.phone, destination) : eq(users.email, destination));
  return row ? { id: row.id, role: row.role, isActive: row.deactivatedAt === null } : null;
}

export async function markContactVerified({ userId, channel }: { userId: string; channel: Channel }): Promise<void> {
  const now = new Date();
  await db
    .update(users)
    .set(channel === 'sms' ? { phoneVerified: now } : { emailVerified: now })
    .where(eq(users.id, userId));
}

/** The areas a new young person can choose from. Public information. */
export async function findLocalAuthorityChoices(): Promise<{ slug: string; areaName: string }[]> {
  return db
    .select({ slug: localAuthorities.slug, areaName: localAuthorities.areaName })
    .from(localAuthorities)
    .orderBy(localAuthorities.areaName);
}

/** Creates a young person's account for a phone number they have just proved they own. */
export async function createYoungPersonAccount({
  phone,
  firstName,
  laSlug,
}: {
  phone: string;
  firstName: string;
  laSlug: string;
}): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [la] = await tx.select({ id: localAuthorities.id }).from(localAuthorities).where(eq(localAuthorities.slug, laSlug));
    if (!la) return null;
    const [user] = await tx
      .insert(users)
      .values({ laId: la.id, role: 'young_person', name: firstName, phone, phoneVerified: new Date() })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) return null;
    await tx.insert(youngPeople).values({ userId: user.id });
    return user.id;
  });
}

/**
 * Starts a database session for a user who has just proved who they are. The same table Auth.js reads,
 * so auth() sees it and signOut() deletes it.
 */
export async function createSession({ userId, maxAgeSeconds }: { userId: string; maxAgeSeconds: number }) {
  const sessionToken = generateToken();
  const expires = new Date(Date.now() + maxAgeSeconds * 1000);
  await db.insert(sessions).values({ sessionToken, userId, expires });
  return { sessionToken, expires };
}
