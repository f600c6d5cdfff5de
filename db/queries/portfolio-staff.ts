import 'server-only';
import { and, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { AccessBasis, PrivacyConfig } from '@/lib/privacy/access';
import { db } from '../client';
import { mediaAssets } from '../schema';
import type { StoredMedia } from './media';
import { findMediaOnCv, getOwnCv, type PortfolioItemView } from './portfolio';
import { getStaffAccess, logRecordView } from './privacy';

// A young person's CV seen by staff: only when the access rule (lib/privacy/access.ts) gives them the "cv"
// part, which only the young person's consent does. Every view is logged for the young person to see.

type CvAccess = NonNullable<Awaited<ReturnType<typeof getStaffAccess>>>;

async function cvAccess(actorId: string, youngPersonId: string, now: Date, config: PrivacyConfig): Promise<CvAccess | null> {
  const access = await getStaffAccess({ actorId, youngPersonId, reason: null, now, config });
  return access?.decision.parts.includes('cv') ? access : null;
}

export type StaffCvView = { id: string; name: string | null; basis: AccessBasis; items: PortfolioItemView[] };

/**
 * Staff only: the young person's CV (the items they show on it) when their consent covers it, logged as
 * "your CV". Null otherwise, and the page shows not-found.
 */
export async function getYoungPersonCvForStaff({
  actorId,
  youngPersonId,
  now,
  config,
}: {
  actorId: string;
  youngPersonId: string;
  now: Date;
  config: PrivacyConfig;
}): Promise<StaffCvView | null> {
  const access = await cvAccess(actorId, youngPersonId, now, config);
  if (!access) return null;
  const cv = await getOwnCv({ actorId: youngPersonId });
  if (!cv) return null;
  await logRecordView({ actorId, access, what: 'your CV', reason: null });
  return { id: access.youngPerson.id, name: cv.name, basis: access.decision.basis, items: cv.items };
}

/**
 * Staff only: a photo, voice note or video on the young person's CV, when their consent covers the CV.
 * Null otherwise (a private item's file is never served). The page view is what gets logged.
 */
export async function getStaffCvMedia({
  actorId,
  youngPersonId,
  mediaId,
  now,
  config,
}: {
  actorId: string;
  youngPersonId: string;
  mediaId: string;
  now: Date;
  config: PrivacyConfig;
}): Promise<StoredMedia | null> {
  if (!(await cvAccess(actorId, youngPersonId, now, config))) return null;
  const row = await findMediaOnCv(youngPersonId, mediaId);
  if (!row) return null;
  return { id: row.id, kind: row.kind, contentType: row.contentType, byteSize: row.byteSize, width: row.width, height: row.height, durationMs: row.durationMs, transcript: row.transcript, storageKey: row.storageKey };
}

/**
 * Advisers only (the caller checks the role): writes the words for a voice note or video on the young
 * person's CV, recorded as theirs. Only when consent covers the CV, and never over words the young person
 * wrote themself. False otherwise.
 */
export async function setTranscriptAsStaff({
  actorId,
  youngPersonId,
  mediaId,
  transcript,
  now,
  config,
}: {
  actorId: string;
  youngPersonId: string;
  mediaId: string;
  transcript: string;
  now: Date;
  config: PrivacyConfig;
}): Promise<boolean> {
  const access = await cvAccess(actorId, youngPersonId, now, config);
  if (!access) return false;
  const row = await findMediaOnCv(youngPersonId, mediaId);
  if (!row || row.kind === 'photo') return false;
  const rows = await db
    .update(mediaAssets)
    .set({ transcript, transcriptById: actorId })
    .where(
      and(
        eq(mediaAssets.id, mediaId),
        eq(mediaAssets.ownerId, youngPersonId),
        inArray(mediaAssets.kind, ['audio', 'video']),
        or(eq(mediaAssets.transcript, ''), isNotNull(mediaAssets.transcriptById)),
      ),
    )
    .returning({ id: mediaAssets.id });
  if (rows.length === 0) return false;
  await logRecordView({ actorId, access, what: 'your CV, and wrote words for a voice note or video on it', reason: null });
  return true;
}
