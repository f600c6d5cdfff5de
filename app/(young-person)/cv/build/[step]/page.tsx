import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findPortfolioItems, findSkills } from '@/db/queries/portfolio';
import { requireYoungPerson } from '@/lib/auth/session';
import { BUILD_STEP_COUNT, BUILD_STEPS, buildStepFromParam } from '@/lib/cv/build';
import { saveBuildStepAction } from '../actions';
import { StepForm } from './_components/step-form';

type Props = { params: Promise<{ step: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const step = buildStepFromParam((await params).step);
  return { title: step ? `Step ${step.number} of ${BUILD_STEP_COUNT}: ${step.info.heading} - Build my CV` : 'Build my CV' };
}

/**
 * One step of the guided "Build my CV": where they are, an example in plain words with a picture, and a
 * short form. What they save is an ordinary CV item, so it is on /cv afterwards. The layout's Listen
 * button reads all of this out.
 */
export default async function BuildCvStepPage({ params, searchParams }: Props) {
  const { step: param } = await params;
  const user = await requireYoungPerson(`/cv/build/${param}`);
  const step = buildStepFromParam(param);
  if (!step) notFound();
  const [items, skills, query] = await Promise.all([findPortfolioItems({ actorId: user.id }), findSkills(), searchParams]);
  const sectionsWithItems = new Set(items.map((item) => item.section));
  const added = items.filter((item) => item.section === step.info.section);

  return (
    <div className="max-w-3xl">
      {query.saved ? (
        <div role="status" className="mb-6 border-l-8 border-success bg-paper p-4 text-lg font-bold">
          Saved. It is on your CV page now.
        </div>
      ) : null}
      {/* The step number is part of the heading, so Listen (which starts at the heading) reads it out too. */}
      <h1 className="text-3xl font-bold">
        <span className="block text-lg text-muted">Step {step.number} of {BUILD_STEP_COUNT}.</span> {step.info.heading}
      </h1>
      <p className="mt-2 text-xl">{step.question}</p>

      <nav aria-label="Your progress" className="mt-6">
        <ol className="flex flex-wrap gap-2">
          {BUILD_STEPS.map((other) => {
            const isCurrent = other.number === step.number;
            const isAdded = sectionsWithItems.has(other.info.section);
            return (
              <li key={other.number}>
                <Link
                  href={`/cv/build/${other.number}`}
                  aria-current={isCurrent ? 'step' : undefined}
                  className={
                    isCurrent
                      ? 'inline-flex min-h-11 items-center rounded-md border-2 border-ink bg-ink px-3 font-bold text-white no-underline'
                      : 'inline-flex min-h-11 items-center rounded-md border-2 border-line px-3'
                  }
                >
                  {other.number}. {other.info.heading}
                  {isAdded ? ' (added)' : ''}
                </Link>
              </li>
            );
          })}
        </ol>
      </nav>

      <section aria-labelledby="example-heading" className="mt-8 flex flex-col gap-4 border-2 border-line bg-paper p-4 sm:flex-row">
        <Picture src={step.imagePath} alt="" width={96} height={96} className="size-24 shrink-0" />
        <div>
          <h2 id="example-heading" className="text-xl font-bold">
            For example
          </h2>
          <p className="mt-2 font-bold">{step.exampleTitle}</p>
          <p className="mt-1">{step.exampleBody}</p>
        </div>
      </section>

      {added.length > 0 ? (
        <section aria-labelledby="added-heading" className="mt-8">
          <h2 id="added-heading" className="text-xl font-bold">
            You have already added
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {added.map((item) => (
              <li key={item.id}>{item.title}</li>
            ))}
          </ul>
          <p className="mt-2">You can add another one, or skip this step.</p>
        </section>
      ) : null}

      <StepForm
        action={saveBuildStepAction}
        step={step.number}
        section={step.info.section}
        titleLabel={step.info.titleLabel}
        titleHint={`${step.info.titleHint}. You can leave this empty and skip.`}
        backHref={step.number > 1 ? `/cv/build/${step.number - 1}` : '/cv'}
        skills={skills}
      />
      <p className="mt-8">
        You can add a photo, voice note or video later on <Link href="/cv">your CV page</Link>.
      </p>
    </div>
  );
}
