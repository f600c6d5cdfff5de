import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CvDocument } from '@/components/cv/cv-document';
import { getAreaSettings } from '@/db/queries/area-settings';
import { findSkills } from '@/db/queries/portfolio';
import { getYoungPersonCvForStaff } from '@/db/queries/portfolio-staff';
import { requireRole } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Their CV' };

type Props = { params: Promise<{ id: string }> };

/**
 * A young person's CV for the parent or carer they let see it, logged for them ("who looked at my record").
 * Not-found the moment they stop it.
 */
export default async function FamilyCvPage({ params }: Props) {
  const { id } = await params;
  const user = await requireRole('parent_carer', `/family/${id}/cv`);
  const [cv, skills] = await Promise.all([
    getYoungPersonCvForStaff({ actorId: user.id, youngPersonId: id, now: new Date(), config: (await getAreaSettings({ laId: user.laId })).privacy }),
    findSkills(),
  ]);
  if (!cv) notFound();
  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/family/${cv.id}`} className="inline-flex min-h-11 items-center">
          Back to what they shared with you
        </Link>
      </p>
      <p className="mt-2">{cv.name ?? 'They'} let you see their CV. They can see that you looked.</p>
      <div className="mt-6">
        <CvDocument name={cv.name} items={cv.items} skills={skills} mediaSrc={(mediaId) => `/api/family/${cv.id}/cv-media/${mediaId}`} />
      </div>
    </div>
  );
}
