import { type AnyPgColumn, index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns';

/** The three lenses young people engage with most (PRODUCT.md). */
export const lensEnum = pgEnum('lens', ['practical', 'creative', 'social']);

/**
 * Two-level picture categories shared by the prospectus and vacancy search: an area of work (level 1,
 * e.g. "Building and construction") and a kind of work inside it (level 2, e.g. "Plumber").
 * Shared by every LA: the taxonomy is national, the courses and vacancies in it are local.
 */
export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => categories.id),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    /** One plain sentence, reading age 9: "Fix pipes, taps and heating in homes." */
    description: text('description').notNull(),
    /** Path under public/, e.g. /images/categories/construction.svg */
    imagePath: text('image_path').notNull(),
    /** Empty when the picture only repeats the name (decorative). */
    imageAlt: text('image_alt').notNull().default(''),
    lenses: lensEnum('lenses').array().notNull().default([]),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('categories_parent_idx').on(t.parentId, t.position)],
);

export type Category = typeof categories.$inferSelect;
export type NewCategory = typeof categories.$inferInsert;

/** Skills a young person picks from pictures to tag portfolio items ("teamwork", "using tools"…). */
export const skills = pgTable('skills', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  imagePath: text('image_path').notNull(),
  position: integer('position').notNull().default(0),
});

export type Skill = typeof skills.$inferSelect;
export type NewSkill = typeof skills.$inferInsert;
