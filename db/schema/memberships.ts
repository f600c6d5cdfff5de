import { index, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns';
import { employers } from './employers';
import { users } from './people';
import { providers } from './providers';
import { centres } from './tenancy';

/** Staff who work for a provider, an employer, or at a centre. One row per organisation they act for. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    providerId: uuid('provider_id').references(() => providers.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id').references(() => employers.id, { onDelete: 'cascade' }),
    centreId: uuid('centre_id').references(() => centres.id),
    ...timestamps,
  },
  (t) => [
    index('memberships_user_idx').on(t.userId),
    uniqueIndex('memberships_unique_idx').on(t.userId, t.providerId, t.employerId, t.centreId),
  ],
);

export type Membership = typeof memberships.$inferSelect;
export type NewMembership = typeof memberships.$inferInsert;
