import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import { categories } from '../schema';
import { seedEmployer, seedMembership, seedUser, seedVacancy } from './factories';

/**
 * The demo's moderation queue: a new employer the council has not approved yet, with one vacancy waiting
 * for review, so /admin/moderation has something to show and approve. Its owner has signed in once: the
 * queue lists only sign-ups whose email is proved (decision 040).
 */
export async function seedDemoModeration(db: Database, { laId }: { laId: string }): Promise<void> {
  const [gardening] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, 'gardening-and-plants'));
  if (!gardening) return;
  const employer = await seedEmployer(db, {
    laId,
    slug: 'ripponden-garden-centre',
    name: 'Ripponden Garden Centre',
    summary: 'A family garden centre with a café.',
    status: 'pending',
  });
  const owner = await seedUser(db, {
    laId,
    role: 'employer_staff',
    name: 'Rosa Garden',
    email: 'rosa@ripponden-garden-centre.example',
    emailVerified: new Date('2026-01-05T10:00:00Z'),
  });
  await seedMembership(db, { userId: owner.id, employerId: employer.id });
  await seedVacancy(db, {
    laId,
    employerId: employer.id,
    categoryId: gardening.id,
    title: 'Garden centre helper',
    summary: 'Water plants, help customers and keep the shop tidy. No experience needed.',
    isNoExperienceNeeded: true,
    wagePence: 1085,
    hoursPerWeek: '16',
    hoursType: 'part_time',
    reviewStatus: 'waiting',
  });
}
