import type { Metadata } from 'next';
import { GuideStep } from '@/components/prospectus/guide-step';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { courseSearchHref } from '@/lib/courses/search';

export const metadata: Metadata = {
  title: 'Options at 16',
  description: 'What you can do after Year 11, and the September Guarantee of a place to keep learning.',
};

// The same words for everyone, so the page is built once and served from the cache (and offline).
export default function OptionsAt16Page() {
  return (
    <div>
      <h1 className="text-3xl font-bold sm:text-4xl">Your options at 16</h1>
      <p className="mt-4 max-w-prose text-xl">
        At the end of Year 11 you choose what to do next. You keep learning until you are 18, but it does not have to
        be at school. It takes 2 minutes to read.
      </p>

      <h2 className="mt-8 text-2xl font-bold">Your 4 main choices</h2>
      <div className="mt-4 flex flex-col gap-6">
        <GuideStep heading="Sixth form" headingLevel={3} imageSrc="/images/providers/school.svg">
          <p>Stay on at a school sixth form. Most people study A levels or a work-related course for 2 years.</p>
        </GuideStep>
        <GuideStep heading="College" headingLevel={3} imageSrc="/images/providers/college.svg">
          <p>
            Colleges have lots of courses, from first steps up to A levels. Many are hands-on, like building, hair,
            care or cars.
          </p>
        </GuideStep>
        <GuideStep heading="Apprenticeship" headingLevel={3} imageSrc="/images/categories/general-engineering.svg">
          <p>Get a job and train at the same time. You earn money, and spend part of your week learning.</p>
        </GuideStep>
        <GuideStep heading="Training with a job" headingLevel={3} imageSrc="/images/providers/training-centre.svg">
          <p>
            Work or volunteer for 20 hours or more a week, and do some training too. There are also courses that get
            you ready for work.
          </p>
        </GuideStep>
      </div>

      <div className="mt-10 border-l-8 border-accent bg-paper p-4 forced-colors:border-[CanvasText]">
        <GuideStep
          heading="The September Guarantee"
          imageSrc="/images/categories/keeping-people-safe.svg"
          className="flex-col sm:flex-row"
        >
          <p>
            Are you finishing Year 11 or Year 12? You should be offered a place to keep learning by the end of
            September. This is called the September Guarantee.
          </p>
          <p>The place could be at a sixth form, a college, an apprenticeship or training.</p>
          <p className="font-bold">No offer yet? Ask your adviser. They will help you find a place.</p>
        </GuideStep>
      </div>

      <h2 className="mt-10 text-2xl font-bold">Find a place</h2>
      <PictureChoiceGroup label="Find a place" className="mt-4">
        <PictureChoiceCard
          href={courseSearchHref({ age: 'age_16_19' })}
          label="Courses for 16 to 19 year olds"
          description="At sixth forms, colleges and training centres"
          imageSrc="/images/home/explore.svg"
        />
        <PictureChoiceCard
          href={courseSearchHref({ q: 'apprenticeship' })}
          label="Apprenticeships"
          description="Earn money while you learn"
          imageSrc="/images/categories/building-and-construction.svg"
        />
        <PictureChoiceCard
          href={courseSearchHref({ level: 'starting-out' })}
          label="Starting-out courses"
          description="No exams needed to start"
          imageSrc="/images/categories/getting-ready-for-work.svg"
        />
        <PictureChoiceCard
          href="/providers"
          label="All providers"
          description="Open days and how to get there"
          imageSrc="/images/providers/college.svg"
        />
      </PictureChoiceGroup>
    </div>
  );
}
