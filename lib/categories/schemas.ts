import { z } from 'zod';

export const CATEGORY_WORDS_MAX = 200;

/**
 * A council's own words for one category (decision 035): one short sentence, or empty to use the service's.
 * The form names each box `description-<slug>`.
 */
export const categoryWordsSchema = z
  .string()
  .trim()
  .max(CATEGORY_WORDS_MAX, `Use ${CATEGORY_WORDS_MAX} characters or fewer`)
  .transform((value) => (value === '' ? null : value));

export const descriptionField = (slug: string) => `description-${slug}`;
export const hiddenField = (slug: string) => `hidden-${slug}`;
