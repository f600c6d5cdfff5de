import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/layout/back-link';
import { SavedNote } from '@/components/manage/checked-form';
import { RecentChanges } from '@/components/manage/recent-changes';
import { getAreaProvider } from '@/db/queries/area-organisations';
import { findRecentChanges } from '@/db/queries/content-changes';
import { requireLaAdmin } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';
import { formatUkMobile } from '@/lib/sign-in/schemas';
import { pauseDoneWords } from '@/lib/providers/pause-words';
import { updateAreaProviderAction } from '../actions';
import { PauseProviderButton } from '../_components/pause-provider-button';
import { AreaProviderForm } from '../_components/area-provider-form';

export const metadata: Metadata = { title: 'Change a provider' };

const SAVED: Record<string, string> = {
  changed: 'Saved. Young people see the changes now. The provider’s staff can see what you changed.',
  same: 'Nothing was changed.',
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

/** Council admins: change one course provider in their area. Another area's provider is not found. */
export default async function AreaProviderPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireLaAdmin(`/admin/providers/${id}`);
  if (!isRecordId(id)) notFound();
  const provider = await getAreaProvider({ actorId: user.id, providerId: id });
  if (!provider) notFound();
  const changes = await findRecentChanges({ laId: provider.laId, entityType: 'provider', entityId: provider.id });
  const savedKey = typeof query.saved === 'string' ? query.saved : undefined;
  const saved =
    savedKey === 'paused' || savedKey === 'unpaused' ? pauseDoneWords(provider.name, savedKey === 'paused') : savedKey ? (SAVED[savedKey] ?? null) : null;
  return (
    <div className="max-w-2xl">
      <BackLink href="/admin/providers">Back to providers and employers</BackLink>
      <h1 className="mt-2 text-3xl font-bold">Change {provider.name}</h1>
      <SavedNote message={saved} />
      <p className="mt-4 max-w-prose">
        Changes go live at once. The provider’s staff see who changed what. The web address of their page stays the
        same.
      </p>
      {provider.pausedAt ? (
        <p className="mt-2">Their public page is hidden while they are paused.</p>
      ) : (
        <p className="mt-2">
          <Link href={`/providers/${provider.slug}`} className="inline-flex min-h-11 items-center">
            See their public page
          </Link>
        </p>
      )}
      <h2 className="mt-8 text-2xl font-bold">{provider.pausedAt ? 'Paused' : 'Pause this provider'}</h2>
      <p className="mt-2 max-w-prose">
        {provider.pausedAt
          ? 'Young people cannot see their page, courses, open days or vacancies. Their staff can still sign in and see a note that the council paused them. Restore the provider to show everything again.'
          : 'Pause a provider that has closed or broken the rules. Young people stop seeing their page, courses, open days and vacancies at once. Their staff can still sign in. You can restore them at any time.'}
      </p>
      <div className="mt-4">
        <PauseProviderButton providerId={provider.id} name={provider.name} isPaused={provider.pausedAt !== null} from="provider" />
      </div>
      <h2 className="mt-8 text-2xl font-bold">Their details</h2>
      <AreaProviderForm
        action={updateAreaProviderAction}
        providerId={provider.id}
        saved={{
          name: provider.name,
          kind: provider.kind,
          summary: provider.summary,
          description: provider.description,
          supportInfo: provider.supportInfo,
          textNumber: provider.textNumber?.startsWith('+44') ? formatUkMobile(provider.textNumber) : (provider.textNumber ?? ''),
          website: provider.website ?? '',
          email: provider.email ?? '',
          phone: provider.phone ?? '',
        }}
      />
      <RecentChanges changes={changes} empty="No changes to this provider yet." />
    </div>
  );
}
