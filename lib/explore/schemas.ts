import { z } from 'zod';
import { type ExploreAnswers, parseExploreAnswers } from './answers';
import { parsePostcodeQuery } from '../geo/places';

const ANSWER_FIELDS = ['like', 'way', 'now', 'travel', 'postcode'] as const;

/** The answers posted with "Save my results", read the same lenient way as the URL. */
export function answersFromForm(formData: FormData): ExploreAnswers {
  const params = Object.fromEntries(ANSWER_FIELDS.map((field) => [field, formData.getAll(field).map(String)]));
  const answers = parseExploreAnswers(params);
  // Keep a postcode only in its tidy form, and only if it is one (the matches page has already checked it).
  const query = answers.postcode ? parsePostcodeQuery(answers.postcode) : null;
  return { ...answers, postcode: query ? (query.kind === 'postcode' ? query.postcode : query.outcode) : undefined };
}

/** "Remove" on a saved result: its id. */
export const exploreResultIdSchema = z.object({ id: z.uuid() });
