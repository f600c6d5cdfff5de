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
import { updateAreaProviderAction } from '../actions';
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
  const saved = typeof query.saved === 'string' ? (SAVED[query.saved] ?? null) : null;
  return (
    <div className="max-w-2xl">
      <BackLink href="/admin/providers">Back to providers and employers</BackLink>
      <h1 className="mt-2 text-3xl font-bold">Change {provider.name}</h1>
      <SavedNote message={saved} />
      <p className="mt-4 max-w-prose">
        Changes go live at once. The provider’s staff see who changed what. The web address of their page stays the
        same.
      </p>
      <p className="mt-2">
        <Link href={`/providers/${provider.slug}`} className="inline-flex min-h-11 items-center">
          See their public page
        </Link>
      </p>
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
