import 'server-only';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { buildVacancy } from '../seed/factories';
import { db } from '../client';
import { randomUUID } from 'node:crypto';
import { areaSettings, caseloads, categories, employers, localAuthorities, providers, users, vacancies } from '../schema';

/**
 * Test mode only (the route refuses otherwise): a new live vacancy from the area's first approved employer (or
 * the one named), or a training place from the named provider, so an e2e test can make something new for a
 * saved search to find, or a provider's own vacancy to open.
 */
export async function createTestVacancy({
  laSlug,
  title,
  employerSlug,
  providerSlug,
}: {
  laSlug: string;
  title: string;
  employerSlug?: string;
  providerSlug?: string;
}): Promise<{ id: string; employerSlug?: string } | null> {
  const [area] = await db.select({ id: localAuthorities.id }).from(localAuthorities).where(eq(localAuthorities.slug, laSlug));
  if (!area) return null;
  if (providerSlug) {
    const [provider] = await db.select({ id: providers.id }).from(providers).where(and(eq(providers.laId, area.id), eq(providers.slug, providerSlug)));
    const [kind] = await db.select({ id: categories.id }).from(categories).where(isNotNull(categories.parentId)).orderBy(asc(categories.slug)).limit(1);
    if (!provider || !kind) return null;
    const [vacancy] = await db
      .insert(vacancies)
      .values(buildVacancy({ laId: area.id, providerId: provider.id, categoryId: kind.id, title, type: 'training_place' }))
      .returning({ id: vacancies.id });
    return vacancy ? { id: vacancy.id } : null;
  }
  const [employer] = await db
    .select({ id: employers.id, slug: employers.slug })
    .from(employers)
    .where(and(eq(employers.laId, area.id), eq(employers.status, 'approved'), employerSlug ? eq(employers.slug, employerSlug) : undefined))
    .orderBy(asc(employers.name))
    .limit(1);
  const [category] = await db.select({ id: categories.id }).from(categories).where(isNotNull(categories.parentId)).orderBy(asc(categories.slug)).limit(1);
  if (!employer || !category) return null;
  const [vacancy] = await db
    .insert(vacancies)
    .values(buildVacancy({ laId: area.id, employerId: employer.id, categoryId: category.id, title }))
    .returning({ id: vacancies.id });
  return vacancy ? { id: vacancy.id, employerSlug: employer.slug } : null;
}

/**
 * Test mode only (the route refuses otherwise): a young person's id from their phone number, put on an
 * adviser's caseload when asked, so an e2e test can use a fresh adviser with a fresh young person.
 */
export async function linkTestCaseload({
  adviserId,
  phone,
  isLinked,
}: {
  adviserId: string;
  phone: string;
  isLinked: boolean;
}): Promise<{ youngPersonId: string } | null> {
  const [person] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.phone, phone), eq(users.role, 'young_person')));
  if (!person) return null;
  if (isLinked) await db.insert(caseloads).values({ adviserId, youngPersonId: person.id }).onConflictDoNothing();
  return { youngPersonId: person.id };
}

/** Test mode only (the route refuses otherwise): a young person's id from their own phone number. */
export async function findTestYoungPersonId({ phone }: { phone: string }): Promise<string | null> {
  const [person] = await db.select({ id: users.id }).from(users).where(and(eq(users.phone, phone), eq(users.role, 'young_person')));
  return person?.id ?? null;
}

/**
 * Test mode only (the route refuses otherwise): moves a young person (by phone) to a new area whose council
 * saved its own quiet hours, so an e2e test can run a job for an area whose quiet hours differ from the
 * deployment's.
 */
export async function moveTestYoungPersonToQuietArea({
  phone,
  quietFrom,
  quietTo,
}: {
  phone: string;
  quietFrom: number;
  quietTo: number;
}): Promise<{ laId: string } | null> {
  const userId = await findTestYoungPersonId({ phone });
  if (!userId) return null;
  const slug = `test-${randomUUID().slice(0, 8)}`;
  const [area] = await db.insert(localAuthorities).values({ slug, name: `Quiet ${slug} Council`, areaName: `Quiet ${slug}` }).returning({ id: localAuthorities.id });
  if (!area) return null;
  await db.insert(areaSettings).values({ laId: area.id, settings: { alerts: { quietFrom, quietTo, dailyCap: 3 } } });
  await db.update(users).set({ laId: area.id }).where(eq(users.id, userId));
  return { laId: area.id };
}
