import 'server-only';
import { and, asc, desc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { mergeOfflineAnswer, type OfflineEdit, otherVersionsToStore } from '@/lib/applications/offline-answers';
import { isOfflineCvField, type OfflineCvField } from '@/lib/cv/offline-edits';
import type { CvSection } from '@/lib/cv/sections';
import type { MediaKind } from '@/lib/media/rules';
import { db } from '../client';
import { cvItemOtherVersions, cvShareLinks, mediaAssets, portfolioItems, skills, users } from '../schema';
import type { StoredMedia } from './media';

export type SkillChoice = { slug: string; name: string; imagePath: string };

/** Anyone: the skills a young person picks from pictures, in order. */
export async function findSkills(): Promise<SkillChoice[]> {
  return db.select({ slug: skills.slug, name: skills.name, imagePath: skills.imagePath }).from(skills).orderBy(asc(skills.position), asc(skills.name));
}

export type PortfolioItemView = {
  id: string;
  section: CvSection;
  title: string;
  body: string;
  happenedOn: string | null;
  place: string;
  grade: string;
  skillSlugs: string[];
  visibility: 'private' | 'on_cv';
  media: {
    id: string;
    kind: MediaKind;
    contentType: string;
    width: number | null;
    height: number | null;
    transcript: string;
    /** The adviser's name when their adviser wrote the transcript; null when the young person did. */
    transcriptWriter: string | null;
  } | null;
};

/** Whoever wrote a transcript for a young person (their adviser), to show it as theirs. */
const transcriptWriters = alias(users, 'transcript_writers');

const itemColumns = {
  id: portfolioItems.id,
  section: portfolioItems.section,
  title: portfolioItems.title,
  body: portfolioItems.body,
  happenedOn: portfolioItems.happenedOn,
  place: portfolioItems.place,
  grade: portfolioItems.grade,
  skillSlugs: portfolioItems.skillSlugs,
  visibility: portfolioItems.visibility,
  mediaId: mediaAssets.id,
  mediaKind: mediaAssets.kind,
  mediaContentType: mediaAssets.contentType,
  mediaWidth: mediaAssets.width,
  mediaHeight: mediaAssets.height,
  mediaTranscript: mediaAssets.transcript,
  mediaTranscriptWriter: transcriptWriters.name,
  mediaTranscriptById: mediaAssets.transcriptById,
};

// Only the owner's own media is ever joined, so an item can never show someone else's file.
const ownMedia = and(eq(mediaAssets.id, portfolioItems.mediaId), eq(mediaAssets.ownerId, portfolioItems.ownerId));

function selectItems() {
  return db
    .select(itemColumns)
    .from(portfolioItems)
    .leftJoin(mediaAssets, ownMedia)
    .leftJoin(transcriptWriters, eq(transcriptWriters.id, mediaAssets.transcriptById))
    .$dynamic();
}
type ItemRow = Awaited<ReturnType<typeof selectItems>>[number];

function toView(row: ItemRow): PortfolioItemView {
  return {
    id: row.id,
    section: row.section,
    title: row.title,
    body: row.body,
    happenedOn: row.happenedOn,
    place: row.place,
    grade: row.grade,
    skillSlugs: row.skillSlugs,
    visibility: row.visibility,
    media:
      row.mediaId && row.mediaKind && row.mediaContentType
        ? {
            id: row.mediaId,
            kind: row.mediaKind,
            contentType: row.mediaContentType,
            width: row.mediaWidth,
            height: row.mediaHeight,
            transcript: row.mediaTranscript ?? '',
            transcriptWriter: row.mediaTranscriptById ? (row.mediaTranscriptWriter ?? 'their adviser') : null,
          }
        : null,
  };
}

/** The owner only: all of the actor's own CV items, by section, newest first. */
export async function findPortfolioItems({ actorId }: { actorId: string }): Promise<PortfolioItemView[]> {
  const rows = await selectItems()
    .where(eq(portfolioItems.ownerId, actorId))
    .orderBy(asc(portfolioItems.section), desc(portfolioItems.happenedOn), desc(portfolioItems.createdAt));
  return rows.map(toView);
}

/** The owner only: one of the actor's own CV items, or null (another person's looks missing). */
export async function getPortfolioItem({ actorId, itemId }: { actorId: string; itemId: string }): Promise<PortfolioItemView | null> {
  const [row] = await selectItems()
    .where(and(eq(portfolioItems.id, itemId), eq(portfolioItems.ownerId, actorId)));
  return row ? toView(row) : null;
}

export type PortfolioItemFields = {
  section: CvSection;
  title: string;
  body: string;
  happenedOn: string | null;
  place: string;
  grade: string;
  skillSlugs: string[];
  visibility: 'private' | 'on_cv';
  mediaId: string | null;
  transcript: string;
};

/** The owner saving a transcript: still the adviser's words only if they left them exactly as they were. */
function keepWriterIfSame(transcript: string) {
  return sql`case when ${mediaAssets.transcript} = ${transcript} then ${mediaAssets.transcriptById} else null end`;
}

/** The item's own columns (the transcript belongs to its media). */
function itemValues(fields: PortfolioItemFields) {
  const { section, title, body, happenedOn, place, grade, skillSlugs, visibility, mediaId } = fields;
  return { section, title, body, happenedOn, place, grade, skillSlugs, visibility, mediaId };
}

/**
 * Young people only: adds a CV item for the actor. The media (if any) must be the actor's own. Returns the
 * new id, or null when the actor is not a young person or the media is not theirs.
 */
export async function createPortfolioItem({ actorId, fields }: { actorId: string; fields: PortfolioItemFields }): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [actor] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
    if (!actor) return null;
    if (fields.mediaId) {
      const updated = await tx
        .update(mediaAssets)
        .set({ transcript: fields.transcript, transcriptById: keepWriterIfSame(fields.transcript) })
        .where(and(eq(mediaAssets.id, fields.mediaId), eq(mediaAssets.ownerId, actorId)))
        .returning({ id: mediaAssets.id });
      if (updated.length === 0) return null;
    }
    const [row] = await tx.insert(portfolioItems).values({ ...itemValues(fields), ownerId: actorId }).returning({ id: portfolioItems.id });
    return row?.id ?? null;
  });
}

/**
 * The owner only: changes one of their CV items (and the transcript of its media). Returns the media id
 * the item no longer uses (so the caller can delete it), or false when the item or new media is not theirs.
 */
export async function updatePortfolioItem({
  actorId,
  itemId,
  fields,
}: {
  actorId: string;
  itemId: string;
  fields: PortfolioItemFields;
}): Promise<{ replacedMediaId: string | null } | false> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ mediaId: portfolioItems.mediaId })
      .from(portfolioItems)
      .where(and(eq(portfolioItems.id, itemId), eq(portfolioItems.ownerId, actorId)));
    if (!current) return false;
    if (fields.mediaId) {
      const updated = await tx
        .update(mediaAssets)
        .set({ transcript: fields.transcript, transcriptById: keepWriterIfSame(fields.transcript) })
        .where(and(eq(mediaAssets.id, fields.mediaId), eq(mediaAssets.ownerId, actorId)))
        .returning({ id: mediaAssets.id });
      if (updated.length === 0) return false;
    }
    await tx
      .update(portfolioItems)
      .set(itemValues(fields))
      .where(and(eq(portfolioItems.id, itemId), eq(portfolioItems.ownerId, actorId)));
    const replacedMediaId = current.mediaId && current.mediaId !== fields.mediaId ? current.mediaId : null;
    return { replacedMediaId };
  });
}

/** The owner only: shows an item on the CV or keeps it private. False when it is not theirs. */
export async function setPortfolioItemVisibility({
  actorId,
  itemId,
  visibility,
}: {
  actorId: string;
  itemId: string;
  visibility: 'private' | 'on_cv';
}): Promise<boolean> {
  const rows = await db
    .update(portfolioItems)
    .set({ visibility })
    .where(and(eq(portfolioItems.id, itemId), eq(portfolioItems.ownerId, actorId)))
    .returning({ id: portfolioItems.id });
  return rows.length > 0;
}

/**
 * The owner only: deletes one of their CV items. Returns the media id it used when no other item of
 * theirs uses it (the caller deletes the file), or false when the item is not theirs.
 */
export async function deletePortfolioItem({ actorId, itemId }: { actorId: string; itemId: string }): Promise<{ orphanMediaId: string | null } | false> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(portfolioItems)
      .where(and(eq(portfolioItems.id, itemId), eq(portfolioItems.ownerId, actorId)))
      .returning({ mediaId: portfolioItems.mediaId });
    if (!row) return false;
    if (!row.mediaId) return { orphanMediaId: null };
    const [stillUsed] = await tx
      .select({ id: portfolioItems.id })
      .from(portfolioItems)
      .where(and(eq(portfolioItems.mediaId, row.mediaId), ne(portfolioItems.id, itemId)))
      .limit(1);
    return { orphanMediaId: stillUsed ? null : row.mediaId };
  });
}

export type CvView = { name: string | null; items: PortfolioItemView[] };

/** The owner only: their name and the items they chose to show on their CV. */
export async function getOwnCv({ actorId }: { actorId: string }): Promise<CvView | null> {
  const [owner] = await db.select({ name: users.name }).from(users).where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
  if (!owner) return null;
  const items = (await findPortfolioItems({ actorId })).filter((item) => item.visibility === 'on_cv');
  return { name: owner.name, items };
}

export type ShareLinkView = { id: string; createdAt: Date; expiresAt: Date; revokedAt: Date | null };

/** Young people only: records a new share link (only the hash of its token). False when not a young person. */
export async function createShareLink({ actorId, tokenHash, expiresAt }: { actorId: string; tokenHash: string; expiresAt: Date }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [actor] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
    if (!actor) return false;
    await tx.insert(cvShareLinks).values({ ownerId: actorId, tokenHash, expiresAt });
    return true;
  });
}

/** The owner only: their share links, newest first. */
export async function findShareLinks({ actorId }: { actorId: string }): Promise<ShareLinkView[]> {
  return db
    .select({ id: cvShareLinks.id, createdAt: cvShareLinks.createdAt, expiresAt: cvShareLinks.expiresAt, revokedAt: cvShareLinks.revokedAt })
    .from(cvShareLinks)
    .where(eq(cvShareLinks.ownerId, actorId))
    .orderBy(desc(cvShareLinks.createdAt));
}

/** The owner only: stops one of their links working now. False when it is not theirs. */
export async function revokeShareLink({ actorId, linkId, now }: { actorId: string; linkId: string; now: Date }): Promise<boolean> {
  const rows = await db
    .update(cvShareLinks)
    .set({ revokedAt: sql`coalesce(${cvShareLinks.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(cvShareLinks.id, linkId), eq(cvShareLinks.ownerId, actorId)))
    .returning({ id: cvShareLinks.id });
  return rows.length > 0;
}

/** The owner of a link that still works (not revoked, not expired), found by the hash of its token. */
async function activeLinkOwner(tokenHash: string, now: Date): Promise<string | null> {
  const [link] = await db
    .select({ ownerId: cvShareLinks.ownerId })
    .from(cvShareLinks)
    .where(and(eq(cvShareLinks.tokenHash, tokenHash), isNull(cvShareLinks.revokedAt), gt(cvShareLinks.expiresAt, now)));
  return link?.ownerId ?? null;
}

/**
 * Anyone holding a working share link: the CV's name and only the items marked to show on it. Null when the
 * link is unknown, revoked or expired.
 */
export async function getSharedCv({ tokenHash, now }: { tokenHash: string; now: Date }): Promise<CvView | null> {
  const ownerId = await activeLinkOwner(tokenHash, now);
  if (!ownerId) return null;
  return getOwnCv({ actorId: ownerId });
}

/**
 * Anyone holding a working share link: a media file, only when it belongs to an item shown on that CV.
 * Null otherwise, so a link never opens a private file.
 */
export async function getSharedMedia({ tokenHash, mediaId, now }: { tokenHash: string; mediaId: string; now: Date }): Promise<StoredMedia | null> {
  const ownerId = await activeLinkOwner(tokenHash, now);
  if (!ownerId) return null;
  return findMediaOnCv(ownerId, mediaId);
}

/**
 * A media file of the owner's, only when it belongs to an item shown on their CV (never a private file), with
 * who wrote its words. For callers that have already decided the viewer may see the CV (a share link, consent).
 */
export async function findMediaOnCv(ownerId: string, mediaId: string): Promise<(StoredMedia & { transcriptById: string | null }) | null> {
  const [row] = await db
    .select({
      id: mediaAssets.id,
      kind: mediaAssets.kind,
      contentType: mediaAssets.contentType,
      byteSize: mediaAssets.byteSize,
      width: mediaAssets.width,
      height: mediaAssets.height,
      durationMs: mediaAssets.durationMs,
      transcript: mediaAssets.transcript,
      storageKey: mediaAssets.storageKey,
      transcriptById: mediaAssets.transcriptById,
    })
    .from(mediaAssets)
    .innerJoin(
      portfolioItems,
      and(eq(portfolioItems.mediaId, mediaAssets.id), eq(portfolioItems.ownerId, ownerId), eq(portfolioItems.visibility, 'on_cv')),
    )
    .where(and(eq(mediaAssets.id, mediaId), eq(mediaAssets.ownerId, ownerId)))
    .limit(1);
  return row ?? null;
}

export type CvOtherVersion = { id: string; field: OfflineCvField; text: string };
export type OfflineCvSync = { values: Partial<Record<OfflineCvField, string>>; hasNotes: boolean };

/**
 * The young person only, on their own item: merges CV text changed offline (decision 028) with what the server
 * has, per field, by decision 022's rule (`mergeOfflineAnswer`: newest edit wins, against the item's
 * `updated_at`), and stores each version that lost for them to use or dismiss. Null when the item is not theirs.
 */
export async function mergeOfflineCvItem({
  actorId,
  itemId,
  edits,
  now,
}: {
  actorId: string;
  itemId: string;
  edits: Partial<Record<OfflineCvField, OfflineEdit>>;
  now: Date;
}): Promise<OfflineCvSync | null> {
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select({ title: portfolioItems.title, body: portfolioItems.body, place: portfolioItems.place, grade: portfolioItems.grade, updatedAt: portfolioItems.updatedAt })
      .from(portfolioItems)
      .where(and(eq(portfolioItems.id, itemId), eq(portfolioItems.ownerId, actorId)));
    if (!item) return null;
    const values: Partial<Record<OfflineCvField, string>> = {};
    const written: Partial<Record<OfflineCvField, string>> = {};
    const notes: { questionId: string; otherValue: string }[] = [];
    for (const [field, edit] of Object.entries(edits) as [OfflineCvField, OfflineEdit][]) {
      const merged = mergeOfflineAnswer({ edit, server: { text: item[field], updatedAt: item.updatedAt }, now });
      values[field] = merged.value;
      if (merged.isWritten) written[field] = merged.value;
      // otherVersionsToStore speaks of questions; here the "question" is the field's name.
      if (merged.note) notes.push({ questionId: field, otherValue: merged.note.otherValue });
    }
    if (Object.keys(written).length > 0) {
      await tx.update(portfolioItems).set(written).where(and(eq(portfolioItems.id, itemId), eq(portfolioItems.ownerId, actorId)));
    }
    const stored = await tx
      .select({ questionId: cvItemOtherVersions.field, text: cvItemOtherVersions.text })
      .from(cvItemOtherVersions)
      .where(eq(cvItemOtherVersions.itemId, itemId));
    const fresh = otherVersionsToStore(notes, stored);
    if (fresh.length > 0) await tx.insert(cvItemOtherVersions).values(fresh.map((version) => ({ itemId, field: version.questionId, text: version.text })));
    return { values, hasNotes: fresh.length > 0 };
  });
}

/** The young person only: the other versions kept for one of their own items. */
export async function findOwnCvOtherVersions({ actorId, itemId }: { actorId: string; itemId: string }): Promise<CvOtherVersion[]> {
  const rows = await db
    .select({ id: cvItemOtherVersions.id, field: cvItemOtherVersions.field, text: cvItemOtherVersions.text })
    .from(cvItemOtherVersions)
    .innerJoin(portfolioItems, eq(portfolioItems.id, cvItemOtherVersions.itemId))
    .where(and(eq(cvItemOtherVersions.itemId, itemId), eq(portfolioItems.ownerId, actorId)))
    .orderBy(asc(cvItemOtherVersions.createdAt));
  return rows.flatMap((row) => (isOfflineCvField(row.field) ? [{ id: row.id, field: row.field, text: row.text }] : []));
}

/**
 * The young person only: "Use this one" (it becomes the item's text) or "Dismiss" for one other version on
 * their own item. False when it is not theirs.
 */
export async function settleCvOtherVersion({
  actorId,
  itemId,
  versionId,
  choice,
}: {
  actorId: string;
  itemId: string;
  versionId: string;
  choice: 'use' | 'dismiss';
}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [version] = await tx
      .select({ id: cvItemOtherVersions.id, field: cvItemOtherVersions.field, text: cvItemOtherVersions.text })
      .from(cvItemOtherVersions)
      .innerJoin(portfolioItems, eq(portfolioItems.id, cvItemOtherVersions.itemId))
      .where(and(eq(cvItemOtherVersions.id, versionId), eq(cvItemOtherVersions.itemId, itemId), eq(portfolioItems.ownerId, actorId)));
    if (!version) return false;
    if (choice === 'use' && isOfflineCvField(version.field)) {
      await tx
        .update(portfolioItems)
        .set({ [version.field]: version.text })
        .where(and(eq(portfolioItems.id, itemId), eq(portfolioItems.ownerId, actorId)));
    }
    await tx.delete(cvItemOtherVersions).where(eq(cvItemOtherVersions.id, version.id));
    return true;
  });
}
