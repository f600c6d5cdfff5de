import 'server-only';
import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { isEnrolmentLinkLive } from '@/lib/kiosk/config';
import { db } from '../client';
import { laOfAdmin } from './admin-area';
import { centres, kioskDevices, kioskHelpRequests, localAuthorities, memberships } from '../schema';


export type CentreOption = { id: string; name: string };

/** LA admins only: the centres in their own area (where kiosks can stand). Anyone else gets an empty list. */
export async function findCentres({ actorId }: { actorId: string }): Promise<CentreOption[]> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return [];
  return db.select({ id: centres.id, name: centres.name }).from(centres).where(eq(centres.laId, laId)).orderBy(asc(centres.name));
}

export type KioskDeviceSummary = { id: string; label: string; centreName: string; isEnrolled: boolean; createdAt: Date };

/** LA admins only: the kiosks (and unused enrolment links) in their own area, newest first. */
export async function findKioskDevices({ actorId }: { actorId: string }): Promise<KioskDeviceSummary[]> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return [];
  const rows = await db
    .select({
      id: kioskDevices.id,
      label: kioskDevices.label,
      centreName: centres.name,
      enrolledAt: kioskDevices.enrolledAt,
      createdAt: kioskDevices.createdAt,
    })
    .from(kioskDevices)
    .innerJoin(centres, eq(centres.id, kioskDevices.centreId))
    .where(and(eq(centres.laId, laId), isNull(kioskDevices.revokedAt)))
    .orderBy(desc(kioskDevices.createdAt))
    .limit(50);
  return rows.map(({ enrolledAt, ...row }) => ({ ...row, isEnrolled: enrolledAt !== null }));
}

/**
 * LA admins only: a new kiosk for a centre in their own area, waiting for its one-time enrolment link
 * (only the link token's hash is stored). Null when the centre is not theirs.
 */
export async function createKioskEnrolment({
  actorId,
  centreId,
  label,
  enrolmentTokenHash,
}: {
  actorId: string;
  centreId: string;
  label: string;
  enrolmentTokenHash: string;
}): Promise<{ id: string } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [centre] = await db
    .select({ id: centres.id })
    .from(centres)
    .where(and(eq(centres.id, centreId), eq(centres.laId, laId)));
  if (!centre) return null;
  const [device] = await db
    .insert(kioskDevices)
    .values({ centreId: centre.id, label, tokenHash: enrolmentTokenHash })
    .returning({ id: kioskDevices.id });
  return device ?? null;
}

export type KioskDeviceContext = { id: string; label: string; centreId: string; centreName: string; laSlug: string };

/** Anyone holding the link: whether an enrolment link still works (unused, under a day old), and for which centre. */
export async function getKioskEnrolment({
  enrolmentTokenHash,
  now,
}: {
  enrolmentTokenHash: string;
  now: Date;
}): Promise<{ centreName: string; label: string } | null> {
  const [row] = await db
    .select({ centreName: centres.name, label: kioskDevices.label, createdAt: kioskDevices.createdAt })
    .from(kioskDevices)
    .innerJoin(centres, eq(centres.id, kioskDevices.centreId))
    .where(and(eq(kioskDevices.tokenHash, enrolmentTokenHash), isNull(kioskDevices.enrolledAt), isNull(kioskDevices.revokedAt)));
  if (!row || !isEnrolmentLinkLive(row.createdAt, now)) return null;
  return { centreName: row.centreName, label: row.label };
}

/**
 * Anyone holding the link: uses the one-time enrolment link, swapping its hash for the new device token's.
 * Null when the link is used, withdrawn or more than a day old.
 */
export async function enrolKioskDevice({
  enrolmentTokenHash,
  deviceTokenHash,
  now,
}: {
  enrolmentTokenHash: string;
  deviceTokenHash: string;
  now: Date;
}): Promise<{ centreName: string } | null> {
  if (!(await getKioskEnrolment({ enrolmentTokenHash, now }))) return null;
  const [device] = await db
    .update(kioskDevices)
    .set({ tokenHash: deviceTokenHash, enrolledAt: now })
    .where(and(eq(kioskDevices.tokenHash, enrolmentTokenHash), isNull(kioskDevices.enrolledAt), isNull(kioskDevices.revokedAt)))
    .returning({ centreId: kioskDevices.centreId });
  if (!device) return null;
  const [centre] = await db.select({ name: centres.name }).from(centres).where(eq(centres.id, device.centreId));
  return centre ? { centreName: centre.name } : null;
}

/** The kiosk this browser is, from its device token's hash; null when it is not one (or has been withdrawn). */
export async function getKioskDevice({ deviceTokenHash }: { deviceTokenHash: string }): Promise<KioskDeviceContext | null> {
  const [row] = await db
    .select({
      id: kioskDevices.id,
      label: kioskDevices.label,
      centreId: centres.id,
      centreName: centres.name,
      laSlug: localAuthorities.slug,
    })
    .from(kioskDevices)
    .innerJoin(centres, eq(centres.id, kioskDevices.centreId))
    .innerJoin(localAuthorities, eq(localAuthorities.id, centres.laId))
    .where(and(eq(kioskDevices.tokenHash, deviceTokenHash), isNotNull(kioskDevices.enrolledAt), isNull(kioskDevices.revokedAt)));
  return row ?? null;
}

/** A kiosk (by its device, which the caller has checked): "ask someone here" for the centre's staff on duty. */
export async function createKioskHelpRequest({ device }: { device: KioskDeviceContext }): Promise<void> {
  await db.insert(kioskHelpRequests).values({ centreId: device.centreId, kioskDeviceId: device.id });
}

export type HelpRequest = { id: string; centreName: string; kioskLabel: string | null; createdAt: Date };

/** Staff who work at a centre: the open "ask someone here" requests from its kiosks, oldest first. */
export async function findOpenHelpRequests({ actorId }: { actorId: string }): Promise<HelpRequest[]> {
  return db
    .select({
      id: kioskHelpRequests.id,
      centreName: centres.name,
      kioskLabel: kioskDevices.label,
      createdAt: kioskHelpRequests.createdAt,
    })
    .from(kioskHelpRequests)
    .innerJoin(memberships, and(eq(memberships.centreId, kioskHelpRequests.centreId), eq(memberships.userId, actorId)))
    .innerJoin(centres, eq(centres.id, kioskHelpRequests.centreId))
    .leftJoin(kioskDevices, eq(kioskDevices.id, kioskHelpRequests.kioskDeviceId))
    .where(isNull(kioskHelpRequests.handledAt))
    .orderBy(asc(kioskHelpRequests.createdAt));
}

/** Staff who work at the request's centre: "I'm on my way" closes it. */
export async function markHelpRequestHandled({ actorId, requestId }: { actorId: string; requestId: string }): Promise<boolean> {
  const [request] = await db
    .select({ id: kioskHelpRequests.id })
    .from(kioskHelpRequests)
    .innerJoin(memberships, and(eq(memberships.centreId, kioskHelpRequests.centreId), eq(memberships.userId, actorId)))
    .where(eq(kioskHelpRequests.id, requestId));
  if (!request) return false;
  await db.update(kioskHelpRequests).set({ handledAt: new Date() }).where(eq(kioskHelpRequests.id, request.id));
  return true;
}
