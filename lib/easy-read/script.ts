import { splitSentences } from '@/lib/read-aloud/sentences';
import type { Explainer } from './explainers';

/** The words above and below the steps on an easy read page (app/(public)/easy-read/[slug]/page.tsx). */
export const EXPLAINER_PAGE_WORDS = { before: 'Easy read', after: 'More easy read pages' } as const;

/**
 * What "Listen to this page" reads on an easy read page, sentence by sentence, in page order: the same
 * sentences the read-aloud control finds on the page, so a recording's sentence times line up with them and
 * the sentence being heard can be highlighted. The recordings are made from this (scripts/make-easy-read-audio.ts).
 */
export function explainerScript(explainer: Explainer): string[] {
  const blocks = [
    EXPLAINER_PAGE_WORDS.before,
    explainer.title,
    ...explainer.steps.flatMap((step) => [step.heading, ...step.sentences]),
    EXPLAINER_PAGE_WORDS.after,
  ];
  return blocks.flatMap((block) => splitSentences(block).map((sentence) => sentence.text));
}
