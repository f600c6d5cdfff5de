import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { timestamps } from './_columns';
import { courses } from './courses';
import { users } from './people';
import { mediaAssets } from './portfolio';
import { providers } from './providers';
import { localAuthorities } from './tenancy';

/**
 * A young person's story, told in their own voice: a short sound or video clip with the words written
 * out (and captions for video). A provider adds insider stories about itself or one of its courses; the
 * council adds stories for a kind of work in Explore. Public once added, like the rest of the prospectus.
 */
export const stories = pgTable(
  'stories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    laId: uuid('la_id')
      .notNull()
      .references(() => localAuthorities.id, { onDelete: 'cascade' }),
    /** A provider's story (about the provider, or one of its courses when courseId is set). */
    providerId: uuid('provider_id').references(() => providers.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id').references(() => courses.id, { onDelete: 'cascade' }),
    /** The council's story for a kind of work in Explore (lib/explore/work.ts slug). */
    kindOfWork: text('kind_of_work'),
    /** The clip; owned by the member of staff who added it. */
    mediaId: uuid('media_id')
      .notNull()
      .references(() => mediaAssets.id, { onDelete: 'cascade' }),
    /** First name only. */
    tellerName: text('teller_name').notNull(),
    tellerAge: integer('teller_age'),
    /** Every word said, so it can be read as well as heard. */
    transcript: text('transcript').notNull(),
    /** WebVTT captions; needed for a video, optional for sound. */
    captions: text('captions'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('stories_course_idx').on(t.courseId),
    index('stories_provider_idx').on(t.providerId),
    index('stories_kind_idx').on(t.laId, t.kindOfWork),
    check('stories_has_one_subject', sql`(${t.providerId} is not null) <> (${t.kindOfWork} is not null)`),
    check('stories_course_needs_provider', sql`${t.courseId} is null or ${t.providerId} is not null`),
  ],
);

export type Story = typeof stories.$inferSelect;
export type NewStory = typeof stories.$inferInsert;
