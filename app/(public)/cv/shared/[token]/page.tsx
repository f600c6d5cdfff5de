import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CvDocument } from '@/components/cv/cv-document';
import { findSkills, getSharedCv } from '@/db/queries/portfolio';
import { isShareTokenShape } from '@/lib/cv/share';
import { hashShareToken } from '@/lib/cv/share-token';
import { readIsSavingData } from '@/lib/settings/device';

// A shared CV is personal: never listed by search engines, never passed on in a Referer.
export const metadata: Metadata = { title: 'CV', robots: { index: false, follow: false }, referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

/** Anyone with a working link: the items the young person chose to show. Expired, stopped or unknown: not found. */
export default async function SharedCvPage({ params }: Props) {
  const { token } = await params;
  if (!isShareTokenShape(token)) notFound();
  const [cv, skills, isSavingData] = await Promise.all([
    getSharedCv({ tokenHash: hashShareToken(token), now: new Date() }),
    findSkills(),
    readIsSavingData(),
  ]);
  if (!cv) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-muted print:hidden">A CV shared with you through Next Steps.</p>
      <p className="mb-6 print:hidden">
        <a href={`/cv/shared/${token}/pdf`} download className="inline-flex min-h-11 items-center">
          Download this CV as a PDF
        </a>
      </p>
      <CvDocument name={cv.name} items={cv.items} skills={skills} mediaSrc={(id) => `/api/shared-cv/${token}/media/${id}`} isSavingData={isSavingData} />
    </div>
  );
}
