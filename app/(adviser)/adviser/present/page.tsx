import type { Metadata } from 'next';
import { Button } from '@/components/ui/button';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { findShortlist } from '@/db/queries/present-shortlist';
import { requireAdviser } from '@/lib/auth/session';
import Link from 'next/link';
import { ShortlistList } from './_components/shortlist-list';

export const metadata: Metadata = { title: 'Let’s look together' };

function BigSearch({ action, label, id, buttonLabel }: { action: string; label: string; id: string; buttonLabel: string }) {
  return (
    <form method="get" action={action} className="flex flex-col gap-3">
      <label htmlFor={id} className="text-2xl font-bold">
        {label}
      </label>
      <div className="flex flex-wrap gap-3">
        <input
          id={id}
          name="q"
          type="search"
          className="min-h-14 w-full max-w-xl border-2 border-ink bg-paper px-4 text-2xl"
        />
        <Button type="submit" className="min-h-14 text-2xl">
          {buttonLabel}
        </Button>
      </div>
    </form>
  );
}

/**
 * Present mode's start page: nothing about any young person, only the public search in a large, clean
 * layout to use together in an interview, and the shortlist made so far (courses and jobs only).
 */
export default async function PresentModePage() {
  const user = await requireAdviser('/adviser/present');
  const shortlist = await findShortlist({ actorId: user.id, now: new Date() });
  return (
    <div className="text-xl">
      <h1 className="text-4xl font-bold">Let’s look together</h1>
      <div className="mt-8 flex flex-col gap-8">
        <BigSearch action="/courses" label="Find a course" id="present-course" buttonLabel="Search courses" />
        <BigSearch action="/vacancies" label="Find a job or training" id="present-vacancy" buttonLabel="Search jobs" />
      </div>
      <section id="shortlist" aria-labelledby="shortlist-heading" className="mt-10">
        <h2 id="shortlist-heading" className="text-2xl font-bold">
          Our shortlist ({shortlist.length})
        </h2>
        <ShortlistList items={shortlist} back="/adviser/present" />
        {shortlist.length > 0 ? (
          <p className="mt-3">
            <Link href="/adviser/present/shortlist" className="inline-flex min-h-11 items-center font-bold">
              Hand the shortlist over
            </Link>
          </p>
        ) : null}
      </section>
      <div className="mt-10">
        <PictureChoiceGroup label="Or start with a picture">
          <PictureChoiceCard href="/explore" imageSrc="/images/explore/start.svg" label="Not sure? Tap pictures to explore" />
          <PictureChoiceCard href="/courses/at-16" imageSrc="/images/home/courses.svg" label="Options at 16" />
          <PictureChoiceCard href="/vacancies?type=apprenticeship" imageSrc="/images/vacancies/apprenticeship.svg" label="Apprenticeships" />
          <PictureChoiceCard href="/vacancies?type=job" imageSrc="/images/vacancies/job.svg" label="Jobs" />
          <PictureChoiceCard href="/categories" imageSrc="/images/home/explore.svg" label="Types of work" />
        </PictureChoiceGroup>
      </div>
    </div>
  );
}
