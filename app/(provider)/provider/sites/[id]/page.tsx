import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedNote } from '@/components/manage/checked-form';
import { buttonClasses } from '@/components/ui/button-styles';
import { getOwnSite } from '@/db/queries/provider-sites';
import { requireProviderStaff } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';
import { removeSiteAction, updateSiteAction } from '../actions';
import { SiteForm } from '../_components/site-form';

export const metadata: Metadata = { title: 'Change a site' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; problem?: string }> };

/** Provider staff: change or remove one of their provider's sites. */
export default async function ProviderSitePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireProviderStaff(`/provider/sites/${id}`);
  if (!isRecordId(id)) notFound();
  const site = await getOwnSite({ actorId: user.id, siteId: id });
  if (!site) notFound();
  const isInUse = site.runs > 0;
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/provider/sites" className="inline-flex min-h-11 items-center">
          Back to your sites
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{site.name}</h1>
      <SavedNote message={query.saved === 'changed' ? 'Saved. Young people see the changes now.' : null} />
      {query.problem === 'in-use' && isInUse ? (
        <div role="alert" className="mt-4 border-l-4 border-error bg-paper p-4">
          <p className="font-bold">You cannot remove this site yet.</p>
          <p className="mt-1">
            {site.runs === 1 ? '1 course start date is' : `${site.runs} course start dates are`} here. Move them to another site or remove them first.
          </p>
        </div>
      ) : null}
      <h2 className="mt-8 text-2xl font-bold">Change the site</h2>
      <SiteForm
        action={updateSiteAction}
        siteId={site.id}
        saved={{ name: site.name, addressLine: site.addressLine, town: site.town, postcode: site.postcode, gettingThere: site.gettingThere }}
        submitLabel="Save the site"
      />
      <h2 className="mt-10 text-2xl font-bold">Remove the site</h2>
      {isInUse ? (
        <p className="mt-2">
          {site.runs === 1 ? '1 course start date is' : `${site.runs} course start dates are`} at this site. You can remove it when no course starts here.
        </p>
      ) : (
        <p className="mt-2">No course starts here. Open days here will stay, without a place.</p>
      )}
      <form action={removeSiteAction} className="mt-4">
        <input type="hidden" name="siteId" value={site.id} />
        <button type="submit" className={buttonClasses('secondary')}>
          Remove {site.name}
        </button>
      </form>
    </div>
  );
}
