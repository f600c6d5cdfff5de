import type { Metadata } from 'next';
import { readIsSavingData } from '@/lib/settings/device';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CvDocument } from '@/components/cv/cv-document';
import { PrintButton } from '@/components/cv/print-button';
import { KeepPageOffline } from '@/components/pwa/keep-page-offline';
import { findSkills, getOwnCv } from '@/db/queries/portfolio';
import { offlineKeyFor } from '@/lib/auth/offline-key';
import { requireYoungPerson } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'My CV' };

/** The CV as others will see it: only the items marked "Show on my CV", laid out to print cleanly. */
export default async function MyCvPage() {
  const user = await requireYoungPerson('/cv/my-cv');
  const [cv, skills] = await Promise.all([getOwnCv({ actorId: user.id }), findSkills()]);
  if (!cv) notFound();
  return (
    <div className="max-w-3xl">
      <KeepPageOffline ownerKey={offlineKeyFor(user.id)} path="/cv/my-cv" />
      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <Link href="/cv" className="inline-flex min-h-11 items-center">
          Change my CV
        </Link>
        <Link href="/cv/share" className="inline-flex min-h-11 items-center">
          Share my CV
        </Link>
        <PrintButton />
        {/* A plain link, not next/link: the browser downloads the file instead of the router fetching it. */}
        <a href="/cv/my-cv/pdf" download className="inline-flex min-h-11 items-center">
          Download my CV as a PDF
        </a>
      </div>
      <p className="mt-4 print:hidden">
        This is what people see when you share your CV. Only the things you chose to show are here.
      </p>
      <div className="mt-6">
        <CvDocument name={cv.name} items={cv.items} skills={skills} mediaSrc={(id) => `/api/media/${id}`} isSavingData={await readIsSavingData()} />
      </div>
    </div>
  );
}
