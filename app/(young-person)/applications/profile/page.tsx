import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProfileTaskList } from '@/components/applications/profile-task-list';
import { getApplicationProfile } from '@/db/queries/applications';
import { isProfileDone, isProfileSection, PROFILE_SECTION_WORDS } from '@/lib/applications/profile';
import { requireYoungPerson } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Your application profile' };

export default async function ApplicationProfilePage({ searchParams }: { searchParams: Promise<{ saved?: string | string[] }> }) {
  const user = await requireYoungPerson('/applications/profile');
  const [profile, { saved }] = await Promise.all([getApplicationProfile({ actorId: user.id }), searchParams]);
  if (!profile) notFound();

  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Your application profile</h1>
      <p className="mt-4 text-lg">
        Fill this in once. We use it for every course, apprenticeship and job you apply for. It saves as you go, so you can
        stop and carry on later, on any phone or computer.
      </p>
      {isProfileSection(saved) ? (
        <p role="status" className="mt-4 border-l-4 border-success bg-paper p-4 font-bold">
          Saved: {PROFILE_SECTION_WORDS[saved].title.toLowerCase()}.
        </p>
      ) : null}
      <ProfileTaskList profile={profile} />
      {isProfileDone(profile) ? (
        <p className="mt-6 font-bold">Your profile is done. You can apply for things now.</p>
      ) : null}
      <ul className="mt-6 flex flex-col gap-2">
        <li>
          <Link href="/applications" className="inline-flex min-h-11 items-center">
            Your applications
          </Link>
        </li>
        <li>
          <Link href="/courses" className="inline-flex min-h-11 items-center">
            Find a course to apply for
          </Link>
        </li>
        <li>
          <Link href="/vacancies" className="inline-flex min-h-11 items-center">
            Find a job or training to apply for
          </Link>
        </li>
      </ul>
    </div>
  );
}
