import 'server-only';
import { and, eq, inArray, ne, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { PERSONAL_DATA } from '@/lib/privacy/personal-data';
import { db, type Transaction } from '../client';
import {
  accessLog,
  actionSteps,
  anonymisedApplications,
  applicationAnswers,
  answerOtherVersions,
  cvItemOtherVersions,
  applicationAttachments,
  applicationProfiles,
  applications,
  applicationStatusHistory,
  caseloads,
  consentGrants,
  contactRequests,
  deletionLedger,
  cvBuildProgress,
  cvShareLinks,
  exploreResults,
  mediaAssets,
  notificationLog,
  heldMessages,
  notificationPreferences,
  outboxMessages,
  parentCarers,
  pushSubscriptions,
  portfolioItems,
  savedItems,
  savedSearches,
  signInCodes,
  users,
  verificationTokens,
  youngPeople,
} from '../schema';

// "Download my data" and "Delete my account" (issue 12). Which tables hold what is decided once, in
// lib/privacy/personal-data.ts, and a unit test holds that list to the schema.

export type YourDataMedia = { id: string; storageKey: string; contentType: string };

export type YourData = {
  /** Everything held about the young person, table by table, as JSON-safe values. */
  data: Record<string, unknown>;
  /** Their stored files: the route handler reads the bytes from media storage. */
  media: YourDataMedia[];
  name: string | null;
};

const staff = alias(users, 'staff');

/** The actor's own record only (young people): everything held about them, or null for anyone else. */
export async function getYourData({ actorId, now }: { actorId: string; now: Date }): Promise<YourData | null> {
  const [person] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      settings: users.settings,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
  if (!person) return null;

  const destinations = [person.phone, person.email].filter((value): value is string => Boolean(value));
  const [profile, advisers, media, cvItems, shareLinks, applicationProfile, ownApplications] = await Promise.all([
    db.select().from(youngPeople).where(eq(youngPeople.userId, actorId)),
    db
      .select({ adviser: staff.name, assignedAt: caseloads.assignedAt })
      .from(caseloads)
      .innerJoin(staff, eq(staff.id, caseloads.adviserId))
      .where(eq(caseloads.youngPersonId, actorId)),
    db
      .select({
        id: mediaAssets.id,
        storageKey: mediaAssets.storageKey,
        kind: mediaAssets.kind,
        contentType: mediaAssets.contentType,
        byteSize: mediaAssets.byteSize,
        durationMs: mediaAssets.durationMs,
        width: mediaAssets.width,
        height: mediaAssets.height,
        transcript: mediaAssets.transcript,
        createdAt: mediaAssets.createdAt,
      })
      .from(mediaAssets)
      .where(eq(mediaAssets.ownerId, actorId)),
    db.select().from(portfolioItems).where(eq(portfolioItems.ownerId, actorId)),
    db
      .select({ id: cvShareLinks.id, expiresAt: cvShareLinks.expiresAt, revokedAt: cvShareLinks.revokedAt, createdAt: cvShareLinks.createdAt })
      .from(cvShareLinks)
      .where(eq(cvShareLinks.ownerId, actorId)),
    db.select().from(applicationProfiles).where(eq(applicationProfiles.userId, actorId)),
    db.select().from(applications).where(eq(applications.youngPersonId, actorId)),
  ]);
  const applicationIds = ownApplications.map((application) => application.id);
  const [history, answers, otherVersions, attachments, saved, searches, explore, consents, looks, contacts, preferences, notifications, held, messages, planSteps] =
    await Promise.all([
      applicationIds.length
        ? db
            .select({
              applicationId: applicationStatusHistory.applicationId,
              fromStatus: applicationStatusHistory.fromStatus,
              toStatus: applicationStatusHistory.toStatus,
              note: applicationStatusHistory.note,
              changedAt: applicationStatusHistory.createdAt,
            })
            .from(applicationStatusHistory)
            .where(inArray(applicationStatusHistory.applicationId, applicationIds))
        : [],
      applicationIds.length ? db.select().from(applicationAnswers).where(inArray(applicationAnswers.applicationId, applicationIds)) : [],
      applicationIds.length ? db.select().from(answerOtherVersions).where(inArray(answerOtherVersions.applicationId, applicationIds)) : [],
      applicationIds.length
        ? db.select().from(applicationAttachments).where(inArray(applicationAttachments.applicationId, applicationIds))
        : [],
      db.select().from(savedItems).where(eq(savedItems.userId, actorId)),
      db.select().from(savedSearches).where(eq(savedSearches.userId, actorId)),
      db.select().from(exploreResults).where(eq(exploreResults.userId, actorId)),
      db
        .select({
          seenBy: staff.name,
          scope: consentGrants.scope,
          grantedAt: consentGrants.grantedAt,
          expiresAt: consentGrants.expiresAt,
          revokedAt: consentGrants.revokedAt,
        })
        .from(consentGrants)
        .innerJoin(staff, eq(staff.id, consentGrants.granteeId))
        .where(eq(consentGrants.youngPersonId, actorId)),
      db
        .select({ who: staff.name, basis: accessLog.basis, what: accessLog.what, reason: accessLog.reason, at: accessLog.createdAt })
        .from(accessLog)
        .innerJoin(staff, eq(staff.id, accessLog.actorId))
        .where(eq(accessLog.subjectId, actorId)),
      db
        .select({
          message: contactRequests.message,
          courseId: contactRequests.courseId,
          vacancyId: contactRequests.vacancyId,
          handledAt: contactRequests.handledAt,
          createdAt: contactRequests.createdAt,
        })
        .from(contactRequests)
        .where(eq(contactRequests.youngPersonId, actorId)),
      db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, actorId)),
      db.select().from(notificationLog).where(eq(notificationLog.userId, actorId)),
      db.select().from(heldMessages).where(eq(heldMessages.userId, actorId)),
      destinations.length
        ? db
            .select({ channel: outboxMessages.channel, to: outboxMessages.recipient, body: outboxMessages.body, sentAt: outboxMessages.createdAt })
            .from(outboxMessages)
            .where(inArray(outboxMessages.recipient, destinations))
        : [],
      db
        .select({ step: actionSteps.text, links: actionSteps.links, dueOn: actionSteps.dueOn, status: actionSteps.status, doneAt: actionSteps.doneAt, createdAt: actionSteps.createdAt })
        .from(actionSteps)
        .where(eq(actionSteps.youngPersonId, actorId)),
    ]);

  const data = {
    about: 'Everything Next Steps holds about you. Your photos, recordings and videos are in the media folder.',
    madeAt: now.toISOString(),
    users: [person],
    young_people: profile,
    caseloads: advisers,
    media_assets: media.map((file) => ({
      id: file.id,
      kind: file.kind,
      contentType: file.contentType,
      byteSize: file.byteSize,
      durationMs: file.durationMs,
      width: file.width,
      height: file.height,
      transcript: file.transcript,
      createdAt: file.createdAt,
    })),
    portfolio_items: cvItems,
    cv_item_other_versions: cvItems.length
      ? await db
          .select()
          .from(cvItemOtherVersions)
          .where(inArray(cvItemOtherVersions.itemId, cvItems.map((item) => item.id)))
      : [],
    cv_share_links: shareLinks,
    cv_build_progress: await db
      .select({ nextStep: cvBuildProgress.nextStep, updatedAt: cvBuildProgress.updatedAt })
      .from(cvBuildProgress)
      .where(eq(cvBuildProgress.ownerId, actorId)),
    application_profiles: applicationProfile,
    applications: ownApplications,
    application_status_history: history,
    application_answers: answers,
    answer_other_versions: otherVersions,
    application_attachments: attachments,
    saved_items: saved,
    saved_searches: searches,
    explore_results: explore,
    consent_grants: consents,
    access_log: looks,
    contact_requests: contacts,
    notification_preferences: preferences,
    notification_log: notifications,
    held_messages: held,
    // Which browsers get their notifications: not the endpoint, keys or session, which are secrets.
    push_subscriptions: (
      await db
        .select({ device: pushSubscriptions.deviceName, endpoint: pushSubscriptions.endpoint, turnedOnAt: pushSubscriptions.createdAt })
        .from(pushSubscriptions)
        .where(eq(pushSubscriptions.userId, actorId))
    ).map(({ endpoint, ...row }) => ({ ...row, pushService: new URL(endpoint).hostname })),
    outbox_messages: messages,
    action_steps: planSteps,
  } satisfies Partial<Record<keyof typeof PERSONAL_DATA | 'about' | 'madeAt', unknown>>;

  return {
    data,
    name: person.name,
    media: media.map(({ id, storageKey, contentType }) => ({ id, storageKey, contentType })),
  };
}

/**
 * The young person themself, and nobody else: records that they downloaded their data (they see it on
 * /my/privacy with every other look at their record).
 */
export async function logYourDataDownload({ actorId }: { actorId: string }): Promise<void> {
  const [person] = await db
    .select({ laId: users.laId })
    .from(users)
    .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
  if (!person) return;
  await db.insert(accessLog).values({ laId: person.laId, actorId, subjectId: actorId, basis: 'self', what: 'all your data (you downloaded it)' });
}

/**
 * The young person themself only: deletes their account in one transaction. Applications they sent are first
 * copied to anonymised_applications (course or vacancy, status, dates: no person, no words), then the users row
 * goes and every table in lib/privacy/personal-data.ts marked young_person goes with it (foreign keys cascade),
 * as do texts and codes sent to their phone or email. Returns the media storage keys, for the caller to delete
 * the files once the rows are gone; null when the actor is not a young person.
 */
export async function deleteYourAccount({ actorId, now }: { actorId: string; now: Date }): Promise<{ storageKeys: string[] } | null> {
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: users.id, phone: users.phone, email: users.email })
      .from(users)
      .where(and(eq(users.id, actorId), eq(users.role, 'young_person')))
      .for('update');
    if (!person) return null;

    const media = await tx.select({ storageKey: mediaAssets.storageKey }).from(mediaAssets).where(eq(mediaAssets.ownerId, actorId));
    const sent = await tx
      .select({
        laId: applications.laId,
        courseId: applications.courseId,
        vacancyId: applications.vacancyId,
        status: applications.status,
        startedAt: applications.createdAt,
        submittedAt: applications.submittedAt,
      })
      .from(applications)
      .where(and(eq(applications.youngPersonId, actorId), ne(applications.status, 'draft')));
    if (sent.length > 0) await tx.insert(anonymisedApplications).values(sent.map((row) => ({ ...row, anonymisedAt: now })));

    // Their parent or carer, named now or before (their looks at this record are logged), before that goes with them.
    const named = await tx.select({ id: parentCarers.parentCarerId }).from(parentCarers).where(eq(parentCarers.youngPersonId, actorId));
    const looked = await tx
      .selectDistinct({ id: accessLog.actorId })
      .from(accessLog)
      .where(and(eq(accessLog.subjectId, actorId), ne(accessLog.actorId, actorId)));
    // Their own downloads are logged with them as the actor (basis self); staff rows there do not cascade.
    // Deleting the user cascades to every young_person table (checked by db/schema/personal-data.test.ts),
    // sessions included: the person is signed out everywhere at once.
    await forgetPerson(tx, { ...person, now });
    await deleteParentCarersNobodyNames(tx, { ids: [...named, ...looked].map((row) => row.id), now });
    return { storageKeys: media.map((row) => row.storageKey) };
  });
}

/**
 * Deletes one person for good, inside the caller's transaction: messages and codes sent to them, the views
 * they made (access log rows with them as the actor), the user row (everything of theirs cascades), and a line
 * in the deletion ledger so that restoring an older backup deletes them again (npm run db:restore, decision 021).
 */
async function forgetPerson(tx: Transaction, { id, phone, email, now }: { id: string; phone: string | null; email: string | null; now: Date }): Promise<void> {
  const destinations = [phone, email].filter((value): value is string => Boolean(value));
  if (destinations.length > 0) {
    await tx.delete(outboxMessages).where(inArray(outboxMessages.recipient, destinations));
    await tx.delete(signInCodes).where(inArray(signInCodes.destination, destinations));
    await tx.delete(verificationTokens).where(inArray(verificationTokens.identifier, destinations));
  }
  await tx.delete(accessLog).where(eq(accessLog.actorId, id));
  await tx.delete(users).where(eq(users.id, id));
  await tx.insert(deletionLedger).values({ userId: id, deletedAt: now }).onConflictDoNothing();
}

/**
 * A parent or carer's account exists only because a young person named them (decision 030). When no young
 * person names them any more, and no young person's "who looked at my record" list still shows them, their
 * name and number have no purpose left: they are deleted, in the caller's transaction. Returns how many.
 */
export async function deleteParentCarersNobodyNames(tx: Transaction, { ids, now }: { ids: readonly string[]; now: Date }): Promise<number> {
  if (ids.length === 0) return 0;
  const unnamed = await tx
    .select({ id: users.id, phone: users.phone, email: users.email })
    .from(users)
    .where(
      and(
        inArray(users.id, [...ids]),
        eq(users.role, 'parent_carer'),
        notExists(tx.select({ one: sql`1` }).from(parentCarers).where(eq(parentCarers.parentCarerId, users.id))),
        notExists(tx.select({ one: sql`1` }).from(accessLog).where(eq(accessLog.actorId, users.id))),
      ),
    )
    .for('update');
  for (const person of unnamed) await forgetPerson(tx, { ...person, now });
  return unnamed.length;
}
