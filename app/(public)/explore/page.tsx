import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { LinkButton } from '@/components/ui/link-button';
import { STEPS } from '@/lib/explore/questions';

export const metadata: Metadata = { title: 'Find work you might like' };

export default function ExploreStartPage() {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <Picture src="/images/explore/start.svg" alt="" width={96} height={96} className="size-20 shrink-0 sm:size-24" priority />
        <h1 className="text-3xl font-bold sm:text-4xl">Not sure what you want to do?</h1>
      </div>
      <p className="max-w-prose text-xl">
        Tap some pictures. We will show you work you might like, and real courses, apprenticeships and jobs near you.
      </p>
      <ul className="flex max-w-prose list-disc flex-col gap-1 pl-6">
        <li>{STEPS.length} quick questions. It takes about 2 minutes.</li>
        <li>No typing. You can skip any question.</li>
        <li>You do not need to sign in. We do not keep your answers unless you save them.</li>
      </ul>
      <div className="flex flex-wrap items-center gap-4">
        <LinkButton href={`/explore/${STEPS[0].slug}`}>Start</LinkButton>
        <Link href="/explore/matches" className="inline-flex min-h-11 items-center">
          Skip the questions and see ideas
        </Link>
      </div>
    </div>
  );
}
