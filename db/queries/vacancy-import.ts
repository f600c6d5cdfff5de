import 'server-only';
import { and, asc, eq, gt, inArray, isNotNull, lte } from 'drizzle-orm';
import { type CsvRow, referenceOf } from '@/lib/imports/csv';
import { type ExistingImportedVacancy, planVacancyImport, postcodeOfRow, vacancyExportRows, type VacancyImportContext, type VacancyImportPlan } from '@/lib/imports/vacancy-rows';
import type { Transaction } from '../client';
import type { WageRates } from '@/lib/vacancies/wages';
import { db } from '../client';
import { applicationQuestions, categories, employers, pendingImports, postcodes, vacancies } from '../schema';
import { editableColumns, insertVacancyIn, ownEmployerIds, updateVacancyIn } from './employer-vacancies';

// Employer staff import vacancies from a CSV file (decision 024): the same steps as the course import
// (db/queries/course-import.ts). New and changed vacancies go through the form's own writes, so an employer
// the council has not approved, or flagged wording, still waits for review.

type Actor = { actorId: string };
type Reader = Transaction | typeof db;

const PENDING_FOR_MS = 60 * 60 * 1000;

async function ownEmployer(reader: Reader, actorId: string) {
  const [employer] = await reader
    .select({ id: employers.id, laId: employers.laId, status: employers.status })
    .from(employers)
    .where(inArray(employers.id, ownEmployerIds(actorId)))
    .orderBy(asc(employers.name))
    .limit(1);
  return employer ?? null;
}

async function loadPlanInputs(reader: Reader, employerId: string, rows: CsvRow[], today: string, wageRates?: WageRates) {
  const wanted = [...new Set(rows.map(postcodeOfRow).filter((postcode): postcode is string => postcode !== null))];
  const [kinds, found, existingRows] = await Promise.all([
    reader.select({ id: categories.id, slug: categories.slug, name: categories.name }).from(categories).where(isNotNull(categories.parentId)),
    wanted.length === 0
      ? Promise.resolve([])
      : reader.select({ postcode: postcodes.postcode, latitude: postcodes.latitude, longitude: postcodes.longitude }).from(postcodes).where(inArray(postcodes.postcode, wanted)),
    reader
      .select({
        id: vacancies.id,
        externalRef: vacancies.externalRef,
        ...editableColumns,
      })
      .from(vacancies)
      .where(eq(vacancies.employerId, employerId)),
  ]);
  const questions =
    existingRows.length === 0
      ? []
      : await reader
          .select({ vacancyId: applicationQuestions.vacancyId, prompt: applicationQuestions.prompt })
          .from(applicationQuestions)
          .where(inArray(applicationQuestions.vacancyId, existingRows.map((row) => row.id)))
          .orderBy(asc(applicationQuestions.position), asc(applicationQuestions.createdAt));
  const existing: ExistingImportedVacancy[] = existingRows.map((row) => ({
    ...row,
    externalRef: referenceOf(row),
    hoursPerWeek: row.hoursPerWeek === null ? '' : Number(row.hoursPerWeek).toFixed(1),
    questions: questions.filter((question) => question.vacancyId === row.id).map((question) => question.prompt),
  }));
  const context: VacancyImportContext = {
    categories: kinds,
    points: Object.fromEntries(found.map((row) => [row.postcode, { latitude: row.latitude, longitude: row.longitude }])),
    today,
    wageRates,
  };
  return { context, existing };
}

/** Employer staff: keep an uploaded file's rows as a pending import for an hour. Null when they work for no employer. */
export async function createPendingVacancyImport({ actorId, fileName, rows, now }: Actor & { fileName: string; rows: CsvRow[]; now: Date }): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    const employer = await ownEmployer(tx, actorId);
    if (!employer) return null;
    await tx.delete(pendingImports).where(and(eq(pendingImports.ownerUserId, actorId), lte(pendingImports.expiresAt, now)));
    const [created] = await tx
      .insert(pendingImports)
      .values({ laId: employer.laId, ownerUserId: actorId, organisationId: employer.id, kind: 'vacancies', fileName, rows, expiresAt: new Date(now.getTime() + PENDING_FOR_MS) })
      .returning({ id: pendingImports.id });
    return created ?? null;
  });
}

async function ownPendingImport(reader: Reader, actorId: string, importId: string, employerId: string, now: Date) {
  const [pending] = await reader
    .select({ id: pendingImports.id, fileName: pendingImports.fileName, rows: pendingImports.rows })
    .from(pendingImports)
    .where(
      and(
        eq(pendingImports.id, importId),
        eq(pendingImports.ownerUserId, actorId),
        eq(pendingImports.organisationId, employerId),
        eq(pendingImports.kind, 'vacancies'),
        gt(pendingImports.expiresAt, now),
      ),
    );
  return pending ?? null;
}

export type VacancyImportPreview = { id: string; fileName: string; plan: VacancyImportPlan; isEmployerApproved: boolean };

/** Employer staff: the preview of their own pending import, planned against the database now. Null when not theirs or expired. */
export async function getVacancyImportPreview({
  actorId,
  importId,
  now,
  today,
  wageRates,
}: Actor & { importId: string; now: Date; today: string; wageRates?: WageRates }): Promise<VacancyImportPreview | null> {
  const employer = await ownEmployer(db, actorId);
  if (!employer) return null;
  const pending = await ownPendingImport(db, actorId, importId, employer.id, now);
  if (!pending) return null;
  const { context, existing } = await loadPlanInputs(db, employer.id, pending.rows, today, wageRates);
  return { id: pending.id, fileName: pending.fileName, plan: planVacancyImport(pending.rows, existing, context), isEmployerApproved: employer.status === 'approved' };
}

export type ConfirmVacancyImportResult = { status: 'saved'; added: number; updated: number; waiting: number } | { status: 'has-errors' } | null;

/**
 * Employer staff: save their own pending import, all rows or none, checked again inside the transaction.
 * Every vacancy in the file counts as checked now; each change is logged. Null when not theirs or expired.
 */
export async function confirmVacancyImport({
  actorId,
  importId,
  now,
  today,
  wageRates,
}: Actor & { importId: string; now: Date; today: string; wageRates?: WageRates }): Promise<ConfirmVacancyImportResult> {
  return db.transaction(async (tx) => {
    const employer = await ownEmployer(tx, actorId);
    if (!employer) return null;
    const pending = await ownPendingImport(tx, actorId, importId, employer.id, now);
    if (!pending) return null;
    const { context, existing } = await loadPlanInputs(tx, employer.id, pending.rows, today, wageRates);
    const plan = planVacancyImport(pending.rows, existing, context);
    if (plan.errors.length > 0) return { status: 'has-errors' as const };
    let added = 0;
    let updated = 0;
    let waiting = 0;
    for (const planned of plan.vacancies) {
      const { input, point, externalRef } = planned.values;
      const result =
        planned.vacancyId === null
          ? await insertVacancyIn(tx, { actorId, owner: { kind: 'employer', ...employer }, input, point, now, externalRef, summary: `Posted from a CSV file (${externalRef})` })
          : await updateVacancyIn(tx, { actorId, vacancyId: planned.vacancyId, input, point, now, isCheckedWhenSame: true, note: ', from a CSV file' });
      // The plan only uses kinds of work from the list, so an unknown one here is a bug: nothing is saved.
      if (!result || 'error' in result) throw new Error('A vacancy in the file could not be saved');
      if (planned.vacancyId === null) added += 1;
      else if ('isChanged' in result && result.isChanged) updated += 1;
      if (result.isWaitingForReview) waiting += 1;
    }
    await tx.delete(pendingImports).where(eq(pendingImports.id, pending.id));
    return { status: 'saved' as const, added, updated, waiting };
  });
}

/** Employer staff: throw away their own pending import. Null when not theirs. */
export async function discardVacancyImport({ actorId, importId }: Actor & { importId: string }): Promise<{ id: string } | null> {
  const [deleted] = await db
    .delete(pendingImports)
    .where(and(eq(pendingImports.id, importId), eq(pendingImports.ownerUserId, actorId), eq(pendingImports.kind, 'vacancies')))
    .returning({ id: pendingImports.id });
  return deleted ?? null;
}

/** Employer staff: their employer's open vacancies as CSV rows in the template's columns (decision 024). Null for anyone else. */
export async function findVacancyExportRows({ actorId, today }: Actor & { today: string }): Promise<string[][] | null> {
  const employer = await ownEmployer(db, actorId);
  if (!employer) return null;
  const { context, existing } = await loadPlanInputs(db, employer.id, [], today);
  return vacancyExportRows(existing, context);
}
