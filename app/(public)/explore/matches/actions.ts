'use server';

import { notFound, redirect } from 'next/navigation';
import { getAreaCategoryView } from '@/db/queries/categories';
import { createExploreResult } from '@/db/queries/explore';
import { getAreaContext } from '@/lib/auth/area';
import { requireYoungPerson } from '@/lib/auth/session';
import { kindsOfWorkAsArea } from '@/lib/categories/area-view';
import { exploreHref } from '@/lib/explore/answers';
import { answersFromForm } from '@/lib/explore/schemas';
import { rankKindsOfWork, TOP_MATCHES } from '@/lib/explore/scoring';
import { KINDS_OF_WORK } from '@/lib/explore/work';

function withFlag(href: string, flag: string): string {
  return `${href}${href.includes('?') ? '&' : '?'}${flag}=1`;
}

/**
 * Young people only: keeps these Explore answers and the kinds of work they match. Someone not signed in
 * goes through sign-in and comes back to the same matches, asked to press Save again (nothing is kept
 * until they do). Works as a plain form post.
 */
export async function saveExploreResultsAction(formData: FormData): Promise<void> {
  const answers = answersFromForm(formData);
  const matchesHref = exploreHref('/explore/matches', answers);
  const user = await requireYoungPerson(withFlag(matchesHref, 'saving'));
  // The same kinds the page showed: without those the person's area hid (decision 035).
  const view = await getAreaCategoryView({ laId: (await getAreaContext()).id });
  const kindSlugs = rankKindsOfWork(answers, kindsOfWorkAsArea(KINDS_OF_WORK, view))
    .slice(0, TOP_MATCHES)
    .map((match) => match.kind.slug);
  const saved = await createExploreResult({ actorId: user.id, answers, kindSlugs });
  if (!saved) notFound();
  redirect(withFlag(matchesHref, 'saved'));
}
