import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CvDocument } from '@/components/cv/cv-document';
import { getAreaSettings } from '@/db/queries/area-settings';
import { findSkills } from '@/db/queries/portfolio';
import { getYoungPersonCvForStaff } from '@/db/queries/portfolio-staff';
import { notFoundIfPresenting } from '@/lib/auth/present';
import { requireRole } from '@/lib/auth/session';
import { addTranscriptAction } from './actions';
import { TranscriptForm } from './_components/transcript-form';

export const metadata: Metadata = { title: 'Their CV' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ words?: string | string[] }> };

/**
 * A young person's CV for staff they let see it (consent covering their CV), logged for them to see. An
 * adviser can write the words for a voice note or video that has none. Without consent: not-found.
 */
export default async function YoungPersonCvPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireRole(['adviser', 'la_admin'], `/adviser/young-people/${id}/cv`);
  await notFoundIfPresenting();
  const [cv, skills, query] = await Promise.all([
    getYoungPersonCvForStaff({ actorId: user.id, youngPersonId: id, now: new Date(), config: (await getAreaSettings({ laId: user.laId })).privacy }),
    findSkills(),
    searchParams,
  ]);
  if (!cv) notFound();
  const needsWords = cv.items.filter(
    (item) => item.media && item.media.kind !== 'photo' && (!item.media.transcript || item.media.transcriptWriter !== null),
  );
  const name = cv.name ?? 'They';

  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/adviser/young-people/${cv.id}`} className="inline-flex min-h-11 items-center">
          Back to {cv.name ?? 'their record'}
        </Link>
      </p>
      <div role="status">
        {query.words === 'saved' ? <p className="mt-4 border-l-8 border-success bg-paper p-4 text-lg font-bold">Words saved. They show on the CV.</p> : null}
      </div>
      <p className="mt-2">{name} let you see their CV. They can see that you looked.</p>
      <div className="mt-6">
        <CvDocument name={cv.name} items={cv.items} skills={skills} mediaSrc={(mediaId) => `/api/adviser/young-people/${cv.id}/cv-media/${mediaId}`} />
      </div>
      {user.role === 'adviser' && needsWords.length > 0 ? (
        <section aria-labelledby="words-heading" className="mt-10 border-t-2 border-line pt-6">
          <h2 id="words-heading" className="text-2xl font-bold">
            Write words for voice notes and videos
          </h2>
          <p className="mt-2">Some people cannot listen. You can write what is said, so everyone can read it.</p>
          {needsWords.map((item) =>
            item.media && item.media.kind !== 'photo' ? (
              <div key={item.id} id={`media-${item.media.id}`}>
                <TranscriptForm
                  action={addTranscriptAction}
                  youngPersonId={cv.id}
                  mediaId={item.media.id}
                  itemTitle={item.title}
                  kind={item.media.kind}
                  current={item.media.transcript}
                />
              </div>
            ) : null,
          )}
        </section>
      ) : null}
    </div>
  );
}
