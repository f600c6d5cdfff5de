import 'server-only';
import { and, asc, eq, ne } from 'drizzle-orm';
import { db } from '../client';
import { localAuthorities, prospectusShares } from '../schema';
import { laOfAdmin } from './admin-area';
import { type ContentChangeEntry, findRecentChangesOfType, recordContentChange } from './content-changes';

export type SharingArea = { id: string; areaName: string };

/**
 * Public: the areas that share their courses with this one (decision 035). Few rows, on the primary key's
 * index; the course search then scopes with one `la_id in (…)`, never a per-row look-up.
 */
export async function findAreasSharingWith({ laId }: { laId: string }): Promise<SharingArea[]> {
  return db
    .select({ id: localAuthorities.id, areaName: localAuthorities.areaName })
    .from(prospectusShares)
    .innerJoin(localAuthorities, eq(localAuthorities.id, prospectusShares.fromLaId))
    .where(eq(prospectusShares.toLaId, laId))
    .orderBy(asc(localAuthorities.areaName));
}

export type ShareChoice = { laId: string; areaName: string; isShared: boolean };

/** Council admins only: every other area, and whether their own area shares its courses with it. Null otherwise. */
export async function findShareChoices({ actorId }: { actorId: string }): Promise<{ choices: ShareChoice[]; changes: ContentChangeEntry[] } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [rows, changes] = await Promise.all([
    db
      .select({ laId: localAuthorities.id, areaName: localAuthorities.areaName, sharedTo: prospectusShares.toLaId })
      .from(localAuthorities)
      .leftJoin(prospectusShares, and(eq(prospectusShares.toLaId, localAuthorities.id), eq(prospectusShares.fromLaId, laId)))
      .where(ne(localAuthorities.id, laId))
      .orderBy(asc(localAuthorities.areaName)),
    findRecentChangesOfType({ laId, entityType: 'prospectus_share' }),
  ]);
  return { choices: rows.map((row) => ({ laId: row.laId, areaName: row.areaName, isShared: row.sharedTo !== null })), changes };
}

/**
 * Council admins only: start or stop sharing THEIR OWN area's courses with another area, and log it. The
 * sharing area is always the admin's own, so no form can change another council's sharing. Null when the
 * other area does not exist (or is their own); else its name.
 */
export async function setProspectusShare({
  actorId,
  toLaId,
  isShared,
}: {
  actorId: string;
  toLaId: string;
  isShared: boolean;
}): Promise<{ areaName: string } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId || laId === toLaId) return null;
  return db.transaction(async (tx) => {
    const [other] = await tx.select({ areaName: localAuthorities.areaName }).from(localAuthorities).where(eq(localAuthorities.id, toLaId));
    if (!other) return null;
    const where = and(eq(prospectusShares.fromLaId, laId), eq(prospectusShares.toLaId, toLaId));
    const [before] = await tx.select({ toLaId: prospectusShares.toLaId }).from(prospectusShares).where(where);
    if (Boolean(before) === isShared) return other;
    if (isShared) await tx.insert(prospectusShares).values({ fromLaId: laId, toLaId }).onConflictDoNothing();
    else await tx.delete(prospectusShares).where(where);
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'prospectus_share',
      entityId: toLaId,
      changes: { isShared: { from: !isShared, to: isShared } },
      summary: isShared ? `Started sharing our courses with ${other.areaName}` : `Stopped sharing our courses with ${other.areaName}`,
    });
    return other;
  });
}
