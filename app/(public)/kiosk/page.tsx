import type { Metadata } from 'next';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { getKioskContext } from '@/lib/auth/kiosk';

export const metadata: Metadata = { title: 'Welcome' };

type Props = { searchParams: Promise<{ cleared?: string }> };

/** The kiosk's welcome screen: where a reset lands, with nothing of the last person on it. */
export default async function KioskWelcomePage({ searchParams }: Props) {
  const [{ cleared }, kiosk] = await Promise.all([searchParams, getKioskContext()]);
  return (
    <div>
      <div role="status">
        {cleared ? (
          <p className="mb-6 border-l-4 border-brand bg-paper p-3 font-bold">This computer has been cleared. It is ready for you.</p>
        ) : null}
      </div>
      <h1 className="text-4xl font-bold">Welcome{kiosk ? ` to ${kiosk.centreName}` : ''}</h1>
      <p className="mt-4 text-xl">Find a course, a job or training. You do not need to sign in.</p>
      <div className="mt-8">
        <PictureChoiceGroup label="What do you want to do?">
          <PictureChoiceCard href="/courses" imageSrc="/images/home/courses.svg" label="Find a course" />
          <PictureChoiceCard href="/vacancies" imageSrc="/images/vacancies/job.svg" label="Find a job or training" />
          <PictureChoiceCard href="/categories" imageSrc="/images/home/explore.svg" label="Look at types of work" />
          <PictureChoiceCard href="/sign-in" imageSrc="/images/home/sign-in.svg" label="Sign in to see your things" />
        </PictureChoiceGroup>
      </div>
      <p className="mt-8 max-w-prose">
        This computer is shared. When you finish, press “Finish and clear” at the top. If nobody touches it for a
        while, it clears itself.
      </p>
    </div>
  );
}
