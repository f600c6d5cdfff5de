import Link from 'next/link';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { SERVICE_TAGLINE } from '@/lib/site';

export default function HomePage() {
  return (
    <div>
      <h1 className="text-3xl font-bold sm:text-4xl">What do you want to do next?</h1>
      <p className="mt-4 max-w-prose text-xl">{SERVICE_TAGLINE}</p>
      <PictureChoiceGroup label="Start here" className="mt-8">
        <PictureChoiceCard
          href="/explore"
          label="Not sure what you want to do?"
          description="Tap some pictures to find work you might like"
          imageSrc="/images/explore/start.svg"
        />
        <PictureChoiceCard
          href="/courses"
          label="Find a course"
          description="Courses, apprenticeships and training near you"
          imageSrc="/images/home/courses.svg"
        />
        <PictureChoiceCard
          href="/vacancies"
          label="Find a job or training"
          description="Jobs, apprenticeships, training places and volunteering"
          imageSrc="/images/vacancies/job.svg"
        />
        <PictureChoiceCard
          href="/categories"
          label="Look at types of work"
          description="Pictures of jobs, courses and training"
          imageSrc="/images/home/explore.svg"
        />
        <PictureChoiceCard
          href="/sign-in"
          label="Sign in"
          description="With your mobile number. No email needed."
          imageSrc="/images/home/sign-in.svg"
        />
      </PictureChoiceGroup>
      <p className="mt-8 max-w-prose">
        Work with young people? <Link href="/sign-in/email">Sign in with your work email</Link>.
      </p>
    </div>
  );
}
