import type { Metadata } from 'next';
import Link from 'next/link';
import { requireYoungPerson } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Your adviser has your message' };

export default async function AskAdviserSentPage({ searchParams }: { searchParams: Promise<{ team?: string }> }) {
  await requireYoungPerson('/my');
  const { team } = await searchParams;
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">{team ? 'The advice team has your message' : 'Your adviser has your message'}</h1>
      <p className="mt-4">
        {team
          ? 'You do not have an adviser yet, so someone from the advice team will get in touch.'
          : 'They will get in touch with you soon, usually by text.'}
      </p>
      <ul className="mt-4 flex flex-col gap-2">
        <li>
          <Link href="/courses" className="inline-flex min-h-11 items-center">
            Keep looking at courses
          </Link>
        </li>
        <li>
          <Link href="/vacancies" className="inline-flex min-h-11 items-center">
            Keep looking at jobs and training
          </Link>
        </li>
      </ul>
    </div>
  );
}
