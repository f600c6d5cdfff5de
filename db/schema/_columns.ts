import { customType, timestamp } from 'drizzle-orm/pg-core';

/** createdAt / updatedAt, with time zone, on every table that changes. */
export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/** Every record that the public sees says when it was last checked and by whom (stale data was the top failure). */
export const freshness = {
  lastCheckedAt: timestamp('last_checked_at', { withTimezone: true }).notNull().defaultNow(),
};

/** PostgreSQL full-text search vector; filled by a generated column, never written by the app. */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});
