import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, countDistinct, desc, eq, inArray } from 'drizzle-orm';
import { slugFor } from '@/lib/manage/employer-sign-up';
import { describeFieldsChanged } from '@/lib/manage/change-words';
import { changedFields } from '@/lib/manage/changes';
import type { AreaProviderInput, NewProviderInput } from '@/lib/manage/staff-accounts';
import { db } from '../client';
import { contentChanges, courses, employers, memberships, providers, users, vacancies } from '../schema';
import { laOfAdmin } from './admin-area';
import { recordContentChange } from './content-changes';
import { forgetStoredCounts } from './search-counts';

// The council's list of its area's course providers and employers (issue 10, decision 034). Only that
// area's council admins see or change them; every change is in the change log.

export type AreaProvider = { id: string; slug: string; name: string; kind: string; courses: number; staff: number; pausedAt: Date | null };
export type AreaEmployer = { id: string; name: string; status: 'pending' | 'approved' | 'rejected' | 'suspended'; vacancies: number; staff: number };

/** Council admins only: the providers in their own area, with how many courses and staff each has. */
export async function findAreaProviders({ actorId }: { actorId: string }): Promise<AreaProvider[] | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db
    .select({
      id: providers.id,
      slug: providers.slug,
      name: providers.name,
      kind: providers.kind,
      pausedAt: providers.pausedAt,
      courses: countDistinct(courses.id),
      staff: countDistinct(memberships.userId),
    })
    .from(providers)
    .leftJoin(courses, eq(courses.providerId, providers.id))
    .leftJoin(memberships, eq(memberships.providerId, providers.id))
    .where(eq(providers.laId, laId))
    .groupBy(providers.id)
    .orderBy(asc(providers.name));
}

/** Council admins only: the employers in their own area, with their status and how many vacancies and staff. */
export async function findAreaEmployers({ actorId }: { actorId: string }): Promise<AreaEmployer[] | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db
    .select({
      id: employers.id,
      name: employers.name,
      status: employers.status,
      vacancies: countDistinct(vacancies.id),
      staff: countDistinct(memberships.userId),
    })
    .from(employers)
    .leftJoin(vacancies, eq(vacancies.employerId, employers.id))
    .leftJoin(memberships, eq(memberships.employerId, employers.id))
    .where(eq(employers.laId, laId))
    .groupBy(employers.id)
    .orderBy(asc(employers.name));
}

/** Council admins only: a new course provider in their own area. Its staff can then be added on the accounts page. */
export async function createAreaProvider({ actorId, input }: { actorId: string; input: NewProviderInput }): Promise<{ id: string } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const base = slugFor(input.name);
    const [clash] = await tx.select({ id: providers.id }).from(providers).where(and(eq(providers.laId, laId), eq(providers.slug, base)));
    const slug = clash ? `${base}-${randomUUID().slice(0, 6)}` : base;
    const [provider] = await tx
      .insert(providers)
      .values({ laId, slug, name: input.name, kind: input.kind, summary: input.summary, website: input.website, email: input.email, lastCheckedById: actorId })
      .returning({ id: providers.id });
    if (!provider) return null;
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'provider',
      entityId: provider.id,
      changes: { name: { from: null, to: input.name } },
      summary: `Added the course provider ${input.name}`,
    });
    return provider;
  });
}

export type AreaProviderDetails = {
  id: string;
  laId: string;
  slug: string;
  name: string;
  kind: (typeof providers.$inferSelect)['kind'];
  summary: string;
  description: string;
  supportInfo: string;
  textNumber: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  pausedAt: Date | null;
};

const detailColumns = {
  id: providers.id,
  laId: providers.laId,
  slug: providers.slug,
  name: providers.name,
  kind: providers.kind,
  summary: providers.summary,
  description: providers.description,
  supportInfo: providers.supportInfo,
  textNumber: providers.textNumber,
  website: providers.website,
  email: providers.email,
  phone: providers.phone,
  pausedAt: providers.pausedAt,
};

/** Council admins only: one provider in their own area, with what its public page shows. Null for any other. */
export async function getAreaProvider({ actorId, providerId }: { actorId: string; providerId: string }): Promise<AreaProviderDetails | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [provider] = await db
    .select(detailColumns)
    .from(providers)
    .where(and(eq(providers.id, providerId), eq(providers.laId, laId)));
  return provider ?? null;
}

/**
 * Council admins only: changes one provider in their own area (live at once; the address stays the same when
 * the name changes, so links keep working). Written to the change log with the provider's id, so its staff
 * see the change on their own log as they see each other's. Null for a provider in another area.
 */
export async function updateAreaProvider({
  actorId,
  providerId,
  input,
}: {
  actorId: string;
  providerId: string;
  input: AreaProviderInput;
}): Promise<{ id: string; slug: string; changed: string[] } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select(detailColumns)
      .from(providers)
      .where(and(eq(providers.id, providerId), eq(providers.laId, laId)))
      .for('update');
    if (!before) return null;
    const { id, slug } = before;
    const changes = changedFields(before, input);
    const changed = Object.keys(changes);
    if (changed.length === 0) return { id, slug, changed };
    await tx.update(providers).set(input).where(eq(providers.id, id));
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'provider',
      entityId: id,
      changes,
      summary: describeFieldsChanged(changed, 'provider', input.name),
      providerId: id,
      entityName: input.name,
    });
    return { id, slug, changed };
  });
}

export type EmployerSuspendResult = { name: string } | { problem: string };

/**
 * Council admins only: suspends an approved employer in their own area (young people stop seeing its
 * vacancies at once, through the same status check that hides an employer waiting for approval) or restores
 * it. Null for an employer they cannot see.
 */
export async function setEmployerSuspended({
  actorId,
  employerId,
  isSuspended,
}: {
  actorId: string;
  employerId: string;
  isSuspended: boolean;
}): Promise<EmployerSuspendResult | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: employers.name, status: employers.status })
      .from(employers)
      .where(and(eq(employers.id, employerId), eq(employers.laId, laId)))
      .for('update');
    if (!before) return null;
    const from = isSuspended ? 'approved' : 'suspended';
    const to = isSuspended ? 'suspended' : 'approved';
    if (before.status === to) return { name: before.name };
    if (before.status !== from) {
      return { problem: `${before.name} is waiting for approval or was turned down. Use the approvals page instead.` };
    }
    await tx.update(employers).set({ status: to }).where(eq(employers.id, employerId));
    await forgetStoredCounts(tx, laId);
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'employer',
      entityId: employerId,
      changes: { status: { from, to } },
      summary: isSuspended ? `Suspended ${before.name}` : `Restored ${before.name}`,
    });
    return { name: before.name };
  });
}

/**
 * Council admins only: pauses a provider in their own area (it closed or broke the rules; young people stop
 * seeing its page, courses, open days and vacancies at once, decision 039) or restores it. Its staff can still
 * sign in. Logged in the change log. Null for a provider they cannot see.
 */
export async function setProviderPaused({
  actorId,
  providerId,
  isPaused,
  now = new Date(),
}: {
  actorId: string;
  providerId: string;
  isPaused: boolean;
  now?: Date;
}): Promise<{ name: string } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: providers.name, pausedAt: providers.pausedAt })
      .from(providers)
      .where(and(eq(providers.id, providerId), eq(providers.laId, laId)))
      .for('update');
    if (!before) return null;
    if ((before.pausedAt !== null) === isPaused) return { name: before.name };
    await tx.update(providers).set({ pausedAt: isPaused ? now : null }).where(eq(providers.id, providerId));
    // The stored search counts include its vacancies: count them again on the next visit.
    await forgetStoredCounts(tx, laId);
    await recordContentChange(tx, {
      laId,
      actorId,
      entityType: 'provider',
      entityId: providerId,
      changes: { status: { from: isPaused ? 'live' : 'paused', to: isPaused ? 'paused' : 'live' } },
      summary: isPaused ? `Paused ${before.name}` : `Restored ${before.name}`,
      providerId,
      entityName: before.name,
    });
    return { name: before.name };
  });
}

export type OrganisationChange = { summary: string; by: string | null; at: Date };

/** Council admins only: the latest council changes to providers and employers in their area, newest first. */
export async function findRecentOrganisationChanges({ actorId }: { actorId: string }): Promise<OrganisationChange[]> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return [];
  return db
    .select({ summary: contentChanges.summary, by: users.name, at: contentChanges.createdAt })
    .from(contentChanges)
    .innerJoin(users, eq(users.id, contentChanges.actorId))
    // Council staff only: a provider editing its own course page is not news here.
    .where(and(eq(contentChanges.laId, laId), inArray(contentChanges.entityType, ['provider', 'employer']), eq(users.role, 'la_admin')))
    .orderBy(desc(contentChanges.createdAt))
    .limit(10);
}
