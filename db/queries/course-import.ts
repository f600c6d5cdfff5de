import 'server-only';
import { and, asc, eq, gt, inArray, isNotNull, lte } from 'drizzle-orm';
import { type CourseImportContext, type CourseImportPlan, courseExportRows, type ExistingImportedCourse, planCourseImport } from '@/lib/imports/course-rows';
import { type CsvRow, referenceOf } from '@/lib/imports/csv';
import type { Transaction } from '../client';
import { db } from '../client';
import { categories, courseRuns, courses, pendingImports, providerSites, providers } from '../schema';
import { recordContentChange } from './content-changes';
import { freeCourseSlug, ownProviderIds } from './provider-content';

// Provider staff import courses from a CSV file (decision 024). The upload is kept as a pending import owned
// by the member of staff, for an hour; the preview and the confirm step each plan the import again from its
// rows and the database as it is then. Confirm saves everything in one transaction, or nothing.

type Actor = { actorId: string };

const PENDING_FOR_MS = 60 * 60 * 1000;

type OwnProviderRef = { id: string; laId: string; slug: string; name: string };

async function ownProvider(reader: Transaction | typeof db, actorId: string): Promise<OwnProviderRef | null> {
  const [provider] = await reader
    .select({ id: providers.id, laId: providers.laId, slug: providers.slug, name: providers.name })
    .from(providers)
    .where(inArray(providers.id, ownProviderIds(actorId)))
    .orderBy(asc(providers.name))
    .limit(1);
  return provider ?? null;
}

/** What checking a row needs (kinds of work, the provider's sites) and the provider's courses, each with its reference. */
async function loadPlanInputs(reader: Transaction | typeof db, providerId: string, today: string) {
  const [kinds, sites, existingCourses] = await Promise.all([
    reader.select({ id: categories.id, slug: categories.slug, name: categories.name }).from(categories).where(isNotNull(categories.parentId)),
    reader.select({ id: providerSites.id, name: providerSites.name }).from(providerSites).where(eq(providerSites.providerId, providerId)).orderBy(asc(providerSites.name)),
    reader
      .select({
        id: courses.id,
        externalRef: courses.externalRef,
        title: courses.title,
        categoryId: courses.categoryId,
        level: courses.level,
        mode: courses.mode,
        method: courses.method,
        ageGroup: courses.ageGroup,
        isApprenticeship: courses.isApprenticeship,
        summary: courses.summary,
        entryRequirements: courses.entryRequirements,
        isNoQualificationsNeeded: courses.isNoQualificationsNeeded,
        durationText: courses.durationText,
        cost: courses.cost,
      })
      .from(courses)
      .where(eq(courses.providerId, providerId)),
  ]);
  const runs =
    existingCourses.length === 0
      ? []
      : await reader
          .select({ id: courseRuns.id, courseId: courseRuns.courseId, siteId: courseRuns.siteId, startsOn: courseRuns.startsOn, applyBy: courseRuns.applyBy, places: courseRuns.places })
          .from(courseRuns)
          .where(inArray(courseRuns.courseId, existingCourses.map((course) => course.id)));
  const existing: ExistingImportedCourse[] = existingCourses.map((course) => ({
    ...course,
    externalRef: referenceOf(course),
    runs: runs.filter((run) => run.courseId === course.id),
  }));
  const context: CourseImportContext = { categories: kinds, sites, today };
  return { context, existing };
}

export type CourseImportPreview = {
  id: string;
  fileName: string;
  expiresAt: Date;
  plan: CourseImportPlan;
  categories: { id: string; name: string }[];
};

/** Provider staff: keep an uploaded file's rows as a pending import for an hour. Null when they work for no provider. */
export async function createPendingCourseImport({ actorId, fileName, rows, now }: Actor & { fileName: string; rows: CsvRow[]; now: Date }): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const provider = await ownProvider(tx, actorId);
    if (!provider) return null;
    // Old uploads are never needed again: tidy this person's expired ones while we are here.
    await tx.delete(pendingImports).where(and(eq(pendingImports.ownerUserId, actorId), lte(pendingImports.expiresAt, now)));
    const [created] = await tx
      .insert(pendingImports)
      .values({ laId: provider.laId, ownerUserId: actorId, organisationId: provider.id, kind: 'courses', fileName, rows, expiresAt: new Date(now.getTime() + PENDING_FOR_MS) })
      .returning({ id: pendingImports.id });
    return created ?? null;
  });
}

async function ownPendingImport(reader: Transaction | typeof db, actorId: string, importId: string, providerId: string, now: Date) {
  const [pending] = await reader
    .select({ id: pendingImports.id, fileName: pendingImports.fileName, rows: pendingImports.rows, expiresAt: pendingImports.expiresAt })
    .from(pendingImports)
    .where(
      and(
        eq(pendingImports.id, importId),
        eq(pendingImports.ownerUserId, actorId),
        eq(pendingImports.organisationId, providerId),
        eq(pendingImports.kind, 'courses'),
        gt(pendingImports.expiresAt, now),
      ),
    );
  return pending ?? null;
}

/** Provider staff: the preview of their own pending import, planned against the database now. Null when not theirs or expired. */
export async function getCourseImportPreview({ actorId, importId, now, today }: Actor & { importId: string; now: Date; today: string }): Promise<CourseImportPreview | null> {
  const provider = await ownProvider(db, actorId);
  if (!provider) return null;
  const pending = await ownPendingImport(db, actorId, importId, provider.id, now);
  if (!pending) return null;
  const { context, existing } = await loadPlanInputs(db, provider.id, today);
  return {
    id: pending.id,
    fileName: pending.fileName,
    expiresAt: pending.expiresAt,
    plan: planCourseImport(pending.rows, existing, context),
    categories: context.categories.map(({ id, name }) => ({ id, name })),
  };
}

export type ConfirmCourseImportResult = { status: 'saved'; added: number; updated: number } | { status: 'has-errors' } | null;

/**
 * Provider staff: save their own pending import. The rows are checked and compared again inside the
 * transaction; if any row has an error nothing is saved. Each new or changed course and start date is
 * written to the change log, and every course in the file counts as checked now. Null when not theirs or expired.
 */
export async function confirmCourseImport({ actorId, importId, now, today }: Actor & { importId: string; now: Date; today: string }): Promise<ConfirmCourseImportResult> {
  return db.transaction(async (tx) => {
    const provider = await ownProvider(tx, actorId);
    if (!provider) return null;
    const pending = await ownPendingImport(tx, actorId, importId, provider.id, now);
    if (!pending) return null;
    const { context, existing } = await loadPlanInputs(tx, provider.id, today);
    const plan = planCourseImport(pending.rows, existing, context);
    if (plan.errors.length > 0) return { status: 'has-errors' as const };

    let added = 0;
    let updated = 0;
    for (const planned of plan.courses) {
      const { course, run } = planned.values;
      let courseId = planned.courseId;
      if (planned.action === 'add' || courseId === null) {
        const slug = await freeCourseSlug(tx, provider.laId, course.title, provider.slug);
        const [inserted] = await tx
          .insert(courses)
          .values({ ...course, laId: provider.laId, providerId: provider.id, slug, externalRef: planned.values.externalRef, status: 'published', lastCheckedAt: now, lastCheckedById: actorId })
          .returning({ id: courses.id });
        if (!inserted) throw new Error('The course was not added');
        courseId = inserted.id;
        added += 1;
        await recordContentChange(tx, {
          laId: provider.laId,
          actorId,
          entityType: 'course',
          entityId: courseId,
          changes: { title: { from: null, to: course.title } },
          summary: `Added from a CSV file (${planned.values.externalRef})`,
          providerId: provider.id,
          entityName: course.title,
        });
      } else {
        await tx.update(courses).set({ ...course, lastCheckedAt: now, lastCheckedById: actorId }).where(eq(courses.id, courseId));
        if (planned.action === 'update') updated += 1;
        await recordContentChange(tx, {
          laId: provider.laId,
          actorId,
          entityType: 'course',
          entityId: courseId,
          changes: planned.changes,
          summary: Object.keys(planned.changes).length > 0 ? `Changed ${Object.keys(planned.changes).join(', ')} from a CSV file` : 'Checked, still correct, from a CSV file',
          providerId: provider.id,
          entityName: course.title,
        });
      }
      if (run && planned.run?.action === 'add') {
        const [insertedRun] = await tx.insert(courseRuns).values({ courseId, ...run }).returning({ id: courseRuns.id });
        if (!insertedRun) throw new Error('The start date was not added');
        await recordContentChange(tx, {
          laId: provider.laId,
          actorId,
          entityType: 'course_run',
          entityId: insertedRun.id,
          changes: { startsOn: { from: null, to: run.startsOn } },
          summary: 'Added a start date from a CSV file',
          providerId: provider.id,
          entityName: course.title,
        });
      } else if (run && planned.run?.action === 'update') {
        await tx.update(courseRuns).set({ applyBy: run.applyBy, places: run.places }).where(eq(courseRuns.id, planned.run.runId));
        await recordContentChange(tx, {
          laId: provider.laId,
          actorId,
          entityType: 'course_run',
          entityId: planned.run.runId,
          changes: planned.run.changes,
          providerId: provider.id,
          entityName: course.title,
        });
      }
    }
    await tx.delete(pendingImports).where(eq(pendingImports.id, pending.id));
    return { status: 'saved' as const, added, updated };
  });
}

/** Provider staff: throw away their own pending import. Null when not theirs. */
export async function discardCourseImport({ actorId, importId }: Actor & { importId: string }): Promise<{ id: string } | null> {
  const [deleted] = await db
    .delete(pendingImports)
    .where(and(eq(pendingImports.id, importId), eq(pendingImports.ownerUserId, actorId), eq(pendingImports.kind, 'courses')))
    .returning({ id: pendingImports.id });
  return deleted ?? null;
}

/** Anyone (the national picture list): the kinds of work a course or vacancy can be in, by their import word. */
export async function findKindsOfWorkForImport(): Promise<{ slug: string; name: string }[]> {
  return db.select({ slug: categories.slug, name: categories.name }).from(categories).where(isNotNull(categories.parentId)).orderBy(asc(categories.name));
}

/** Provider staff: their provider's courses as CSV rows in the template's columns (decision 024). Null for anyone else. */
export async function findCourseExportRows({ actorId, today }: Actor & { today: string }): Promise<string[][] | null> {
  const provider = await ownProvider(db, actorId);
  if (!provider) return null;
  const { context, existing } = await loadPlanInputs(db, provider.id, today);
  return courseExportRows(existing, context);
}
