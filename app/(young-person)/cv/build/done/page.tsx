import type { Metadata } from 'next';
import { LinkButton } from '@/components/ui/link-button';
import { requireYoungPerson } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'You have built your CV' };

/** The end of "Build my CV": what to do next. */
export default async function BuildCvDonePage() {
  await requireYoungPerson('/cv/build/done');
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">You have been through every step</h1>
      <p className="mt-4">Well done. Everything you wrote is saved on your CV page.</p>
      <p className="mt-2">You can add photos, voice notes and videos there, and change anything.</p>
      <div className="mt-6 flex flex-wrap gap-4">
        <LinkButton href="/cv/my-cv">See my CV</LinkButton>
        <LinkButton href="/cv" variant="secondary">
          Go to my CV page
        </LinkButton>
        <LinkButton href="/cv/share" variant="secondary">
          Share my CV
        </LinkButton>
      </div>
    </div>
  );
}
