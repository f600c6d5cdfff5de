import 'server-only';
import { and, asc, desc, eq, gt, ilike, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import {
  type AccessBasis,
  type AccessDecision,
  ageOn,
  canConsentAlone,
  decideAccess,
  isGrantActive,
  needsParentAgreement,
  type PrivacyConfig,
  RECORD_PARTS,
  type RecordPart,
} from '@/lib/privacy/access';
import type { ApplicationStatus } from '@/lib/applications/status';
import { describeParts } from '@/lib/privacy/words';
import { withContactDetailsFor } from '@/lib/privacy/safety';
import type { FreshnessRules } from '@/lib/freshness/rules';
import { db } from '../client';
import {
  accessLog,
  applications,
  caseloads,
  consentGrants,
  courses,
  employers,
  parentCarers,
  providers,
  users,
  safetyNamedStaff,
  vacancies,
  youngPeople,
} from '../schema';
import { type AdviserExploreView, findExploreResultsForAdviser } from './explore';
import { findSavedCourses, findSavedVacancies, type SavedCourse, type SavedVacancy } from './saved';

// Every view of a young person's record by someone else goes through here: lib/privacy/access.ts decides what
// they may see, and each view writes an access_log row the young person can read on /my/privacy.

type StaffAccess = { decision: NonNullable<AccessDecision>; youngPerson: { id: string; laId: string; name: string | null } };

/**
 * What this member of staff may see of this young person, or null (nothing: the page shows not-found).
 * Does not log: call it to decide whether to show a section, and log the view with logRecordView.
 * Anyone may call it; the answer is scoped by the actor.
 */
export async function getStaffAccess({
  actorId,
  youngPersonId,
  reason,
  now,
  config,
}: {
  actorId: string;
  youngPersonId: string;
  reason: string | null;
  now: Date;
  config: PrivacyConfig;
}): Promise<StaffAccess | null> {
  if (!isUuid(youngPersonId)) return null;
  const [viewer] = await db
    .select({ id: users.id, role: users.role, laId: users.laId, canSearchYoungPeople: users.canSearchYoungPeople })
    .from(users)
    .where(eq(users.id, actorId));
  if (!viewer || viewer.role === 'young_person') return null;
  const [subject] = await db
    .select({ id: users.id, laId: users.laId, name: users.name, dateOfBirth: youngPeople.dateOfBirth })
    .from(users)
    .leftJoin(youngPeople, eq(youngPeople.userId, users.id))
    .where(and(eq(users.id, youngPersonId), eq(users.role, 'young_person'), eq(users.laId, viewer.laId)));
  if (!subject) return null;
  if (viewer.role === 'parent_carer') {
    // A parent or carer sees anything only while the young person keeps them named (withdrawing deletes the row).
    const [named] = await db
      .select({ id: parentCarers.parentCarerId })
      .from(parentCarers)
      .where(and(eq(parentCarers.youngPersonId, youngPersonId), eq(parentCarers.parentCarerId, actorId)));
    if (!named) return null;
  }
  const [link] = await db
    .select({ adviserId: caseloads.adviserId })
    .from(caseloads)
    .where(and(eq(caseloads.adviserId, actorId), eq(caseloads.youngPersonId, youngPersonId)));
  const grants = await db
    .select({
      scope: consentGrants.scope,
      expiresAt: consentGrants.expiresAt,
      revokedAt: consentGrants.revokedAt,
      parentAgreedAt: consentGrants.parentAgreedAt,
    })
    .from(consentGrants)
    .where(and(eq(consentGrants.youngPersonId, youngPersonId), eq(consentGrants.granteeId, actorId)));
  const decision = decideAccess(
    {
      viewer,
      youngPerson: { id: subject.id, laId: subject.laId, dateOfBirth: subject.dateOfBirth },
      isOnCaseload: Boolean(link),
      grants,
      reason,
      now,
    },
    config,
  );
  return decision ? { decision, youngPerson: { id: subject.id, laId: subject.laId, name: subject.name } } : null;
}

/** Writes one access_log row: who looked at which young person, what (in the young person's words) and why. */
export async function logRecordView({
  actorId,
  access,
  what,
  reason,
}: {
  actorId: string;
  access: StaffAccess;
  what: string;
  reason: string | null;
}): Promise<void> {
  await db.insert(accessLog).values({
    laId: access.youngPerson.laId,
    actorId,
    subjectId: access.youngPerson.id,
    basis: access.decision.basis,
    what,
    reason: access.decision.basis === 'la_admin' || access.decision.basis === 'search_permission' ? reason : null,
  });
}

/**
 * Writes one la_admin access_log row for each young person named in a list (the council's September list),
 * with the reason the admin wrote down. The caller has already asked the access rule.
 */
export async function logListView({
  actorId,
  laId,
  subjectIds,
  what,
  reason,
}: {
  actorId: string;
  laId: string;
  subjectIds: readonly string[];
  what: string;
  reason: string;
}): Promise<void> {
  if (subjectIds.length === 0) return;
  await db.insert(accessLog).values(subjectIds.map((subjectId) => ({ laId, actorId, subjectId, basis: 'la_admin' as const, what, reason })));
}

export type StaffRecordView = {
  id: string;
  name: string | null;
  basis: AccessBasis;
  parts: RecordPart[];
  profile: {
    age: number | null;
    schoolYear: number | null;
    postcode: string | null;
    phone: string | null;
    email: string | null;
    /** A safety flag hides the postcode, phone and email from this member of staff (they are not named on it). */
    isHiddenForSafety: boolean;
    hasLearningDifficultyOrDisability: boolean;
    savedCourses: SavedCourse[];
    savedVacancies: SavedVacancy[];
    /** Saved Explore results: only when they also gave this adviser consent (a caseload link alone is not enough). */
    explore: AdviserExploreView[] | null;
  } | null;
  applications: { id: string; title: string; status: ApplicationStatus; submittedAt: Date | null; updatedAt: Date }[] | null;
};

/**
 * Staff only: a young person's record, only the parts the access rule allows, and logged for the young person
 * to see. Null when they may see nothing (not on their caseload, no consent, no reason): the page shows
 * not-found, exactly as for a record that does not exist.
 */
export async function getYoungPersonRecordForStaff({
  actorId,
  youngPersonId,
  reason,
  now,
  config,
  rules,
  only,
}: {
  actorId: string;
  youngPersonId: string;
  reason: string | null;
  now: Date;
  config: PrivacyConfig;
  rules: FreshnessRules;
  /** Show (and log) only these parts, when the page shows the rest elsewhere (a parent or carer's CV page). */
  only?: readonly RecordPart[];
}): Promise<StaffRecordView | null> {
  const access = await getStaffAccess({ actorId, youngPersonId, reason, now, config });
  if (!access) return null;
  const parts = only ? access.decision.parts.filter((part) => only.includes(part)) : access.decision.parts;
  if (only && parts.length === 0) return null;
  // The rule has allowed these parts: they are read as the young person's own lists.
  let profile: StaffRecordView['profile'] = null;
  if (parts.includes('profile')) {
    const [row] = await db
      .select({
        dateOfBirth: youngPeople.dateOfBirth,
        schoolYear: youngPeople.schoolYear,
        postcode: youngPeople.postcode,
        isLocationHidden: youngPeople.isLocationHidden,
        isNamedOnFlag: sql<boolean>`exists (select 1 from ${safetyNamedStaff} where ${safetyNamedStaff.youngPersonId} = ${users.id} and ${safetyNamedStaff.staffId} = ${actorId})`,
        hasLdd: youngPeople.hasLearningDifficultyOrDisability,
        phone: users.phone,
        email: users.email,
      })
      .from(users)
      .leftJoin(youngPeople, eq(youngPeople.userId, users.id))
      .where(eq(users.id, youngPersonId));
    const [savedCourses, savedVacancies, explore] = await Promise.all([
      findSavedCourses({ actorId: youngPersonId }),
      findSavedVacancies({ actorId: youngPersonId, now, rules }),
      findExploreResultsForAdviser({ actorId, youngPersonId, now }),
    ]);
    const flag = { isOn: row?.isLocationHidden ?? false, namedStaffIds: row?.isNamedOnFlag ? [actorId] : [] };
    const contact = withContactDetailsFor({ postcode: row?.postcode ?? null, phone: row?.phone ?? null, email: row?.email ?? null }, flag, actorId);
    profile = {
      age: row?.dateOfBirth ? ageOn(row.dateOfBirth, now) : null,
      schoolYear: row?.schoolYear ?? null,
      ...contact,
      hasLearningDifficultyOrDisability: row?.hasLdd ?? false,
      savedCourses,
      savedVacancies,
      explore,
    };
  }
  const applicationRows = parts.includes('applications')
    ? await db
        .select({
          id: applications.id,
          title: sql<string>`coalesce(${courses.title} || ' at ' || ${providers.name}, ${vacancies.title} || ' with ' || coalesce(${employers.name}, ''), 'An application')`,
          status: applications.status,
          submittedAt: applications.submittedAt,
          updatedAt: applications.updatedAt,
        })
        .from(applications)
        .leftJoin(courses, eq(courses.id, applications.courseId))
        .leftJoin(providers, eq(providers.id, courses.providerId))
        .leftJoin(vacancies, eq(vacancies.id, applications.vacancyId))
        .leftJoin(employers, eq(employers.id, vacancies.employerId))
        .where(and(eq(applications.youngPersonId, youngPersonId), ne(applications.status, 'draft')))
        .orderBy(desc(applications.updatedAt))
    : null;
  const what = profile?.explore ? `${describeParts(parts)}, and the work you might like from Explore` : describeParts(parts);
  await logRecordView({ actorId, access, what, reason });
  return {
    id: access.youngPerson.id,
    name: access.youngPerson.name,
    basis: access.decision.basis,
    parts,
    profile,
    applications: applicationRows,
  };
}

export type ConsentedPerson = { id: string; name: string | null };

/**
 * Staff only: young people not on the actor's caseload who have let the actor see part of their record
 * (active grants only, so a withdrawal takes them off the list at once).
 */
export async function findPeopleWhoConsented({ actorId, now }: { actorId: string; now: Date }): Promise<ConsentedPerson[]> {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(consentGrants)
    .innerJoin(users, eq(users.id, consentGrants.youngPersonId))
    .where(
      and(
        eq(consentGrants.granteeId, actorId),
        isNull(consentGrants.revokedAt),
        or(isNull(consentGrants.expiresAt), gt(consentGrants.expiresAt, now)),
        sql`not exists (select 1 from ${caseloads} where ${caseloads.adviserId} = ${actorId} and ${caseloads.youngPersonId} = ${users.id})`,
      ),
    )
    .orderBy(asc(users.name));
}

/** Whether the actor is an adviser the council allows to look up any young person in the area. */
export async function canSearchYoungPeople({ actorId }: { actorId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, actorId), eq(users.role, 'adviser'), eq(users.canSearchYoungPeople, true)));
  return Boolean(row);
}

/**
 * Advisers with the council's permission only: young people in their own area whose name matches, names only
 * (opening one is a record view, logged with the reason). Anyone else gets an empty list.
 */
export async function searchYoungPeople({ actorId, name }: { actorId: string; name: string }): Promise<ConsentedPerson[]> {
  const [adviser] = await db
    .select({ laId: users.laId })
    .from(users)
    .where(and(eq(users.id, actorId), eq(users.role, 'adviser'), eq(users.canSearchYoungPeople, true)));
  if (!adviser) return [];
  const pattern = `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.laId, adviser.laId), eq(users.role, 'young_person'), ilike(users.name, pattern)))
    .orderBy(asc(users.name))
    .limit(20);
}

// ---------------------------------------------------------------------------------------------------------------
// The young person's own side: who can see what, granting and withdrawing, and who looked.

export type StaffMember = { id: string; name: string | null; role: string };

export type PrivacyOverview = {
  canConsentAlone: boolean;
  /** Under the consent age with a parent or carer named: they can still let someone see, once that person agrees. */
  canConsentWithParent: boolean;
  /** Everyone who can see some of the record, with what and why (their parent or carer has their own section). */
  viewers: {
    person: StaffMember;
    isMyAdviser: boolean;
    /** isWaiting: they let them, and it counts once their parent or carer agrees. */
    parts: { part: RecordPart; isAllowed: boolean; isByConsent: boolean; isWaiting: boolean }[];
  }[];
  /** Advisers in the young person's area they could let see their record. */
  advisers: StaffMember[];
};

/** Young people only: who can see which part of their own record (their caseload advisers and everyone they let). */
export async function getPrivacyOverview({
  actorId,
  now,
  config,
}: {
  actorId: string;
  now: Date;
  config: PrivacyConfig;
}): Promise<PrivacyOverview | null> {
  const [me] = await db
    .select({ laId: users.laId, dateOfBirth: youngPeople.dateOfBirth })
    .from(users)
    .leftJoin(youngPeople, eq(youngPeople.userId, users.id))
    .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
  if (!me) return null;
  const myAdvisers = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(caseloads)
    .innerJoin(users, and(eq(users.id, caseloads.adviserId), eq(users.laId, me.laId)))
    .where(eq(caseloads.youngPersonId, actorId))
    .orderBy(asc(caseloads.assignedAt));
  const grants = await db
    .select({
      granteeId: consentGrants.granteeId,
      name: users.name,
      role: users.role,
      scope: consentGrants.scope,
      expiresAt: consentGrants.expiresAt,
      revokedAt: consentGrants.revokedAt,
      parentAgreedAt: consentGrants.parentAgreedAt,
    })
    .from(consentGrants)
    .innerJoin(users, and(eq(users.id, consentGrants.granteeId), eq(users.laId, me.laId), ne(users.role, 'parent_carer')))
    .where(and(eq(consentGrants.youngPersonId, actorId), isNull(consentGrants.revokedAt)))
    .orderBy(asc(consentGrants.grantedAt));
  const isOld = canConsentAlone(me.dateOfBirth, now, config);
  const people = new Map<string, { person: StaffMember; isMyAdviser: boolean }>();
  for (const adviser of myAdvisers) people.set(adviser.id, { person: adviser, isMyAdviser: true });
  for (const grant of grants) {
    if (isGrantActive(grant, now) && !people.has(grant.granteeId)) {
      people.set(grant.granteeId, { person: { id: grant.granteeId, name: grant.name, role: grant.role }, isMyAdviser: false });
    }
  }
  const viewers = [...people.values()].map(({ person, isMyAdviser }) => {
    const theirGrants = grants.filter((grant) => grant.granteeId === person.id);
    const decision = decideAccess(
      {
        viewer: { id: person.id, role: person.role, laId: me.laId, canSearchYoungPeople: false },
        youngPerson: { id: actorId, laId: me.laId, dateOfBirth: me.dateOfBirth },
        isOnCaseload: isMyAdviser,
        grants: theirGrants,
        reason: null,
        now,
      },
      config,
    );
    const activeGrants = theirGrants.filter((grant) => isGrantActive(grant, now));
    const scopesOf = (list: typeof activeGrants) => new Set(list.flatMap((grant) => (grant.scope === 'everything' ? RECORD_PARTS : [grant.scope])));
    const byConsent = scopesOf(activeGrants);
    const waitsForParent = needsParentAgreement(me.dateOfBirth, now, person.role, config);
    const agreed = waitsForParent ? scopesOf(activeGrants.filter((grant) => grant.parentAgreedAt)) : byConsent;
    return {
      person,
      isMyAdviser,
      parts: RECORD_PARTS.map((part) => ({
        part,
        isAllowed: decision?.parts.includes(part) ?? false,
        isByConsent: agreed.has(part),
        isWaiting: byConsent.has(part) && !agreed.has(part),
      })),
    };
  });
  const [parent] = await db.select({ id: parentCarers.parentCarerId }).from(parentCarers).where(eq(parentCarers.youngPersonId, actorId)).limit(1);
  const advisers = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.laId, me.laId), eq(users.role, 'adviser')))
    .orderBy(asc(users.name));
  return { canConsentAlone: isOld, canConsentWithParent: !isOld && Boolean(parent), viewers, advisers };
}

/**
 * Young people only: lets one adviser in their own area, or the parent or carer they named, see these parts of
 * their record. Under the consent age a grant to an adviser is kept but counts only once their named parent or
 * carer agrees ('waiting'); with nobody named, or a grantee who is not theirs to choose, false (the page says so).
 */
export async function grantConsent({
  actorId,
  granteeId,
  parts,
  now,
  config,
}: {
  actorId: string;
  granteeId: string;
  parts: RecordPart[];
  now: Date;
  config: PrivacyConfig;
}): Promise<false | 'done' | 'waiting'> {
  if (!isUuid(granteeId)) return false;
  return db.transaction(async (tx) => {
    const [me] = await tx
      .select({ laId: users.laId, dateOfBirth: youngPeople.dateOfBirth })
      .from(users)
      .leftJoin(youngPeople, eq(youngPeople.userId, users.id))
      .where(and(eq(users.id, actorId), eq(users.role, 'young_person')));
    if (!me) return false;
    const [grantee] = await tx
      .select({ id: users.id, role: users.role })
      .from(users)
      .leftJoin(parentCarers, and(eq(parentCarers.parentCarerId, users.id), eq(parentCarers.youngPersonId, actorId)))
      .where(
        and(
          eq(users.id, granteeId),
          eq(users.laId, me.laId),
          or(eq(users.role, 'adviser'), and(eq(users.role, 'parent_carer'), eq(parentCarers.youngPersonId, actorId))),
        ),
      );
    if (!grantee) return false;
    const isWaiting = needsParentAgreement(me.dateOfBirth, now, grantee.role, config);
    if (isWaiting) {
      const [parent] = await tx.select({ id: parentCarers.parentCarerId }).from(parentCarers).where(eq(parentCarers.youngPersonId, actorId)).limit(1);
      if (!parent) return false;
    }
    const active = await tx
      .select({ scope: consentGrants.scope, expiresAt: consentGrants.expiresAt, revokedAt: consentGrants.revokedAt })
      .from(consentGrants)
      .where(and(eq(consentGrants.youngPersonId, actorId), eq(consentGrants.granteeId, granteeId), isNull(consentGrants.revokedAt)));
    const covered = new Set(active.filter((grant) => isGrantActive(grant, now)).map((grant) => grant.scope));
    const toAdd = covered.has('everything') ? [] : parts.filter((part) => !covered.has(part));
    if (toAdd.length > 0) {
      await tx.insert(consentGrants).values(toAdd.map((scope) => ({ youngPersonId: actorId, granteeId, scope, grantedAt: now })));
    }
    return isWaiting ? 'waiting' : 'done';
  });
}

/**
 * Young people only: stops one person seeing one part of their record, from this moment. An "everything" grant
 * is withdrawn and replaced by grants for the other parts it covered.
 */
export async function withdrawConsent({
  actorId,
  granteeId,
  part,
  now,
}: {
  actorId: string;
  granteeId: string;
  part: RecordPart;
  now: Date;
}): Promise<void> {
  if (!isUuid(granteeId)) return;
  await db.transaction(async (tx) => {
    const withdrawn = await tx
      .update(consentGrants)
      .set({ revokedAt: now })
      .where(
        and(
          eq(consentGrants.youngPersonId, actorId),
          eq(consentGrants.granteeId, granteeId),
          isNull(consentGrants.revokedAt),
          inArray(consentGrants.scope, [part, 'everything']),
        ),
      )
      .returning({
        scope: consentGrants.scope,
        expiresAt: consentGrants.expiresAt,
        parentAgreedAt: consentGrants.parentAgreedAt,
        parentAgreedById: consentGrants.parentAgreedById,
      });
    const everything = withdrawn.find((grant) => grant.scope === 'everything');
    if (everything) {
      const others = RECORD_PARTS.filter((other) => other !== part);
      await tx
        .insert(consentGrants)
        .values(
          others.map((scope) => ({
            youngPersonId: actorId,
            granteeId,
            scope,
            grantedAt: now,
            expiresAt: everything.expiresAt,
            // What their parent or carer agreed to stays agreed for the parts that are left.
            parentAgreedAt: everything.parentAgreedAt,
            parentAgreedById: everything.parentAgreedById,
          })),
        );
    }
  });
}

export type AccessLogLine = {
  id: string;
  who: string | null;
  role: string;
  basis: AccessBasis;
  what: string;
  reason: string | null;
  at: Date;
};

/** Young people only: who looked at their own record, newest first. */
export async function findAccessLog({ actorId, limit = 50 }: { actorId: string; limit?: number }): Promise<AccessLogLine[]> {
  return db
    .select({
      id: accessLog.id,
      who: users.name,
      role: users.role,
      basis: accessLog.basis,
      what: accessLog.what,
      reason: accessLog.reason,
      at: accessLog.createdAt,
    })
    .from(accessLog)
    .innerJoin(users, eq(users.id, accessLog.actorId))
    .where(eq(accessLog.subjectId, actorId))
    .orderBy(desc(accessLog.createdAt))
    .limit(limit);
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
