import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns';
import { users } from './people';

export const mediaKindEnum = pgEnum('media_kind', ['photo', 'audio', 'video']);

/** A stored photo, voice note or video. The bytes live in media storage (disk or S3) under storageKey. */
export const mediaAssets = pgTable(
  'media_assets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: mediaKindEnum('kind').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    /** Checked from the file's bytes, not its name. */
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    durationMs: integer('duration_ms'),
    width: integer('width'),
    height: integer('height'),
    /** Transcript or captions, so voice and video answers can be read as well as heard. */
    transcript: text('transcript').notNull().default(''),
    /** Who wrote the transcript when it was not the owner (their adviser); null means the owner wrote it. */
    transcriptById: uuid('transcript_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('media_assets_owner_idx').on(t.ownerId)],
);

export type MediaAsset = typeof mediaAssets.$inferSelect;
export type NewMediaAsset = typeof mediaAssets.$inferInsert;

export const cvSectionEnum = pgEnum('cv_section', [
  'about_me',
  'things_i_have_done',
  'education',
  'work_and_volunteering',
  'interests',
  'looking_for',
]);
export const visibilityEnum = pgEnum('visibility', ['private', 'on_cv']);

/** One thing in the e-portfolio: a photo of a cake they baked, a voice note about coaching football… */
export const portfolioItems = pgTable(
  'portfolio_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    section: cvSectionEnum('section').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    mediaId: uuid('media_id').references(() => mediaAssets.id, { onDelete: 'set null' }),
    happenedOn: date('happened_on', { mode: 'string' }),
    place: text('place').notNull().default(''),
    /** Education only: a predicted or final grade ("predicted 5", "Merit"). */
    grade: text('grade').notNull().default(''),
    /** Skill slugs picked from pictures (skills.slug). */
    skillSlugs: text('skill_slugs').array().notNull().default([]),
    /** Private by default: nothing shows on the CV until the young person says so. */
    visibility: visibilityEnum('visibility').notNull().default('private'),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('portfolio_items_owner_idx').on(t.ownerId, t.section, t.position)],
);

export type PortfolioItem = typeof portfolioItems.$inferSelect;

/**
 * The version of a CV item's text that lost when a change made offline met one saved elsewhere (decision 028,
 * the same rule as decision 022's answers): kept for the young person to use or dismiss, so nothing is lost.
 */
export const cvItemOtherVersions = pgTable(
  'cv_item_other_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => portfolioItems.id, { onDelete: 'cascade' }),
    /** Which text: title, body, place or grade (lib/cv/offline-edits.ts). */
    field: text('field').notNull(),
    text: text('text').notNull(),
    ...timestamps,
  },
  (t) => [index('cv_item_other_versions_item_idx').on(t.itemId)],
);

export type CvItemOtherVersion = typeof cvItemOtherVersions.$inferSelect;
export type NewPortfolioItem = typeof portfolioItems.$inferInsert;

/** A link to the CV that expires. Only a hash of the token is stored. */
export const cvShareLinks = pgTable(
  'cv_share_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cv_share_links_owner_idx').on(t.ownerId)],
);

export type CvShareLink = typeof cvShareLinks.$inferSelect;

/** Where a young person is in the guided "Build my CV" steps, so they can carry on where they left off. */
export const cvBuildProgress = pgTable('cv_build_progress', {
  ownerId: uuid('owner_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** The step to show next (1 to 6); 7 means they reached the end. */
  nextStep: integer('next_step').notNull(),
  ...timestamps,
});

export type CvBuildProgress = typeof cvBuildProgress.$inferSelect;
