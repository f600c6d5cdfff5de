import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ListenButton } from '@/components/read-aloud/listen-button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { NativeTextField, SubmitButton } from '@/components/ui/native-fields';
import { answerPairs, type ExploreAnswers, exploreHref, nextStepPath, parseExploreAnswers, previousStepPath } from '@/lib/explore/answers';
import {
  findStep,
  LIKE_CHOICES,
  NOW_CHOICES,
  NOW_WORDS,
  STEPS,
  type StepSlug,
  TRAVEL_CHOICES,
  TRAVEL_WORDS,
  WAY_CHOICES,
} from '@/lib/explore/questions';
import { AnswerFields } from '../_components/answer-fields';
import { StepProgress } from '../_components/step-progress';
import { resolveExploreOrigin } from '../page-data';

type Props = {
  params: Promise<{ step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Only the travel question has something typed to check: the postcode. */
async function checkPostcode(slug: StepSlug, answers: ExploreAnswers): Promise<string | undefined> {
  if (slug !== 'travel') return undefined;
  return (await resolveExploreOrigin(answers.postcode)).postcodeError;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const found = findStep((await params).step);
  if (!found) return { title: 'Page not found' };
  const postcodeError = await checkPostcode(found.step.slug, parseExploreAnswers(await searchParams));
  return { title: `${postcodeError ? 'Error: ' : ''}${found.step.title}` };
}

/**
 * One question of Explore as a plain GET form of picture cards: the answers so far ride along as hidden
 * fields, so it works without JavaScript and every step is a link. Skipping goes on without this answer.
 */
export default async function ExploreStepPage({ params, searchParams }: Props) {
  const found = findStep((await params).step);
  if (!found) notFound();
  const { index, step } = found;
  const answers = parseExploreAnswers(await searchParams);
  const postcodeError = await checkPostcode(step.slug, answers);
  const isLast = index === STEPS.length - 1;
  const heading = <h1 className="text-3xl font-bold">{step.title}</h1>;

  return (
    <div className="flex flex-col gap-6">
      <ErrorSummary errors={postcodeError ? [{ field: 'postcode', message: postcodeError }] : []} />
      <p>
        <Link href={exploreHref(previousStepPath(step.slug), answers)} className="inline-flex min-h-11 items-center">
          Back
        </Link>
      </p>
      <StepProgress index={index} total={STEPS.length} />
      <form method="get" action={nextStepPath(step.slug)} className="flex flex-col gap-6">
        <AnswerFields pairs={answerPairs(answers, { leaveOut: step.slug })} />
        <ListenButton targetId="explore-question" label="this question" />
        <div id="explore-question" className="flex flex-col gap-6">
          {step.slug === 'enjoy' ? (
            <PictureChoiceGroup selectionMode="multiple" name="like" label={heading} description={step.hint} defaultValue={answers.like}>
              {LIKE_CHOICES.map((choice) => (
                <PictureChoiceCard key={choice.value} value={choice.value} label={choice.label} imageSrc={choice.picture} />
              ))}
            </PictureChoiceGroup>
          ) : null}
          {step.slug === 'style' ? (
            <PictureChoiceGroup selectionMode="multiple" name="way" label={heading} description={step.hint} defaultValue={answers.way}>
              {WAY_CHOICES.map((choice) => (
                <PictureChoiceCard key={choice.value} value={choice.value} label={choice.label} imageSrc={choice.picture} />
              ))}
            </PictureChoiceGroup>
          ) : null}
          {step.slug === 'now' ? (
            <PictureChoiceGroup selectionMode="single" name="now" label={heading} description={step.hint} defaultValue={answers.now}>
              {NOW_CHOICES.map((value) => (
                <PictureChoiceCard
                  key={value}
                  value={value}
                  label={NOW_WORDS[value].label}
                  description={NOW_WORDS[value].hint}
                  imageSrc={NOW_WORDS[value].picture}
                />
              ))}
            </PictureChoiceGroup>
          ) : null}
          {step.slug === 'travel' ? (
            <>
              <PictureChoiceGroup selectionMode="single" name="travel" label={heading} description={step.hint} defaultValue={answers.travel}>
                {TRAVEL_CHOICES.map((value) => (
                  <PictureChoiceCard
                    key={value}
                    value={value}
                    label={TRAVEL_WORDS[value].label}
                    description={TRAVEL_WORDS[value].hint}
                    imageSrc={TRAVEL_WORDS[value].picture}
                  />
                ))}
              </PictureChoiceGroup>
              <NativeTextField
                id="postcode"
                name="postcode"
                label="Your postcode (if you want to)"
                description="Or just the first part, like HX1. We use it to show how far away things are."
                autoComplete="postal-code"
                width="medium"
                defaultValue={answers.postcode ?? ''}
                errorMessage={postcodeError}
              />
            </>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton>{isLast ? 'See my matches' : 'Next'}</SubmitButton>
          <Link href={exploreHref(nextStepPath(step.slug), answers, { leaveOut: step.slug })} className="inline-flex min-h-11 items-center">
            Skip this question
          </Link>
        </div>
      </form>
    </div>
  );
}
