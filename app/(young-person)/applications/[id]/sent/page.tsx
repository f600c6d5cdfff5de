import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getOwnApplication } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { isApplicationId } from '@/lib/applications/words';
import { requireYoungPerson } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Application sent' };

export default async function SentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireYoungPerson(`/applications/${id}/sent`);
  if (!isApplicationId(id)) notFound();
  const application = await getOwnApplication({ actorId: user.id, applicationId: id, now: new Date(), rules: (await getAreaSettings({ laId: user.laId })).freshness });
  if (!application) notFound();
  if (application.status === 'draft') redirect(`/applications/${id}`);

  return (
    <div className="max-w-2xl">
      <div className="border-4 border-success bg-paper p-6">
        <h1 className="text-3xl font-bold">Application sent</h1>
        <p className="mt-2 text-xl">
          {application.target.title} with {application.target.offeredBy}
        </p>
      </div>
      <h2 className="mt-8 text-2xl font-bold">What happens next</h2>
      <p className="mt-2">
        We have sent you a text to say it has gone. {application.target.offeredBy} will read it and get back to you. We will text you
        when they do.
      </p>
      <ul className="mt-6 flex flex-col gap-2">
        <li>
          <Link href="/applications" className="inline-flex min-h-11 items-center">
            See all your applications
          </Link>
        </li>
        <li>
          <Link href="/courses" className="inline-flex min-h-11 items-center">
            Look for more courses
          </Link>
        </li>
        <li>
          <Link href="/vacancies" className="inline-flex min-h-11 items-center">
            Look for more jobs and training
          </Link>
        </li>
      </ul>
    </div>
  );
}
