import 'server-only';
import type { Database } from '../client';
import { savedSearches, type SavedSearch } from '../schema';

/** One saved vacancy search (kept as its /vacancies query), with alerts on. createdById: an adviser saved it. */
export async function seedSavedSearch(
  db: Database,
  values: { userId: string; name: string; query: string; createdById?: string | null },
): Promise<SavedSearch> {
  const [row] = await db.insert(savedSearches).values({ scope: 'vacancies', alertChannel: 'sms', ...values }).returning();
  if (!row) throw new Error('The insert returned no row.');
  return row;
}

/** The demo: Jade has saved a search for apprenticeships, and her adviser Sam saved one for care work. */
export async function seedDemoSavedSearches(db: Database, people: { adviserId: string; youngPersonId: string }): Promise<void> {
  await seedSavedSearch(db, { userId: people.youngPersonId, name: 'Apprenticeships', query: 'type=apprenticeship' });
  await seedSavedSearch(db, { userId: people.youngPersonId, name: '“care”', query: 'q=care', createdById: people.adviserId });
}
