import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedNote } from '@/components/manage/checked-form';
import { listOwnSites } from '@/db/queries/provider-sites';
import { requireProviderStaff } from '@/lib/auth/session';
import { addSiteAction } from './actions';
import { SiteForm } from './_components/site-form';

export const metadata: Metadata = { title: 'Your sites' };

const SAVED_MESSAGES: Record<string, string> = {
  added: 'Site added. You can now choose it for a course.',
  removed: 'Site removed.',
};

type Props = { searchParams: Promise<{ saved?: string }> };

/** Provider staff: the places where their provider teaches, and a form to add one. */
export default async function ProviderSitesPage({ searchParams }: Props) {
  const user = await requireProviderStaff('/provider/sites');
  const [sites, query] = await Promise.all([listOwnSites({ actorId: user.id }), searchParams]);
  if (!sites) notFound();
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/provider" className="inline-flex min-h-11 items-center">
          Back to provider home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Your sites</h1>
      <p className="mt-4">The places where you teach. Each course start date is at one of them.</p>
      <SavedNote message={SAVED_MESSAGES[query.saved ?? ''] ?? null} />
      {sites.length === 0 ? (
        <p className="mt-6">You have no sites yet.</p>
      ) : (
        <ul aria-label="Your sites" className="mt-6 flex flex-col gap-3">
          {sites.map((site) => (
            <li key={site.id} className="border-l-4 border-line bg-paper p-4">
              <Link href={`/provider/sites/${site.id}`} className="inline-flex min-h-11 items-center text-xl font-bold">
                {site.name}
              </Link>
              <p>
                {site.addressLine}, {site.town}, {site.postcode}
              </p>
              <p className="text-muted">{site.runs === 0 ? 'No course start dates here' : site.runs === 1 ? '1 course start date here' : `${site.runs} course start dates here`}</p>
            </li>
          ))}
        </ul>
      )}
      <h2 className="mt-10 text-2xl font-bold">Add a site</h2>
      <SiteForm action={addSiteAction} submitLabel="Add the site" />
    </div>
  );
}
