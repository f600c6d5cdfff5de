import type { Metadata } from 'next';
import Link from 'next/link';
import { GuideStep } from '@/components/prospectus/guide-step';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { courseSearchHref } from '@/lib/courses/search';

export const metadata: Metadata = {
  title: 'Options at 14',
  description: 'Your Year 9 choices, taster days, work experience and courses for 14 to 16 year olds.',
};

// The same words for everyone, so the page is built once and served from the cache (and offline).
export default function OptionsAt14Page() {
  return (
    <div>
      <h1 className="text-3xl font-bold sm:text-4xl">Your options at 14</h1>
      <p className="mt-4 max-w-prose text-xl">
        In Year 9 you start to choose what you learn next. Here is what you can do. It takes 2 minutes to read.
      </p>

      <div className="mt-8 flex flex-col gap-8">
        <GuideStep heading="Choose your Year 9 options" imageSrc="/images/categories/getting-ready-for-work-courses.svg">
          <p>
            In Year 9 you pick some of the subjects you will study in Years 10 and 11. Everyone does English, maths
            and science. You choose some of the others.
          </p>
          <p>Pick subjects you enjoy and are good at. Ask your teachers, your family and your adviser to help you.</p>
        </GuideStep>

        <GuideStep heading="Try a taster day" imageSrc="/images/categories/building-and-construction.svg">
          <p>
            A taster day is a day at a college or training centre. You try real work, like cooking, building or hair.
            It helps you find out what you like.
          </p>
          <p>
            Ask your school, or look for open days on the page of a <Link href="/providers">college or training
            centre</Link>.
          </p>
        </GuideStep>

        <GuideStep heading="Do some work experience" imageSrc="/images/categories/business-support.svg">
          <p>
            Work experience is a week or two at a real workplace. You see what a job is really like. You can put it on
            your CV too.
          </p>
          <p>Your school can help you find a place. Tell them what kind of work you would like to try.</p>
        </GuideStep>

        <GuideStep heading="Learn a skill alongside school" imageSrc="/images/categories/car-repair.svg">
          <p>
            Some courses are for 14 to 16 year olds. You stay at school, and spend part of the week at a college or
            training centre. You learn things like car repair, building or childcare.
          </p>
        </GuideStep>
      </div>

      <h2 className="mt-10 text-2xl font-bold">What to do next</h2>
      <PictureChoiceGroup label="What to do next" className="mt-4">
        <PictureChoiceCard
          href={courseSearchHref({ age: 'age_14_16' })}
          label="Courses for 14 to 16 year olds"
          description="Learn a skill alongside school"
          imageSrc="/images/home/explore.svg"
        />
        <PictureChoiceCard
          href="/categories"
          label="Look at types of work"
          description="Pictures of jobs to help you choose"
          imageSrc="/images/categories/art-design-and-performing.svg"
        />
        <PictureChoiceCard
          href="/providers"
          label="All providers"
          description="Colleges and training centres, and their open days"
          imageSrc="/images/providers/college.svg"
        />
        <PictureChoiceCard
          href="/courses/at-16"
          label="Your options at 16"
          description="What you can do after Year 11"
          imageSrc="/images/categories/getting-ready-for-work.svg"
        />
      </PictureChoiceGroup>
    </div>
  );
}
