import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InboxLink } from '@/components/applications/inbox-link';
import { AccountHeader } from '@/components/layout/account-header';
import { findOrganisations, getAccountSummary } from '@/db/queries/people';
import { requireProviderStaff } from '@/lib/auth/session';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { signOutAction } from '../../(public)/sign-out/actions';
import { ManageProviderLinks } from './_components/manage-provider-links';

export const metadata: Metadata = { title: 'Provider home' };

export default async function ProviderHomePage() {
  const user = await requireProviderStaff('/provider');
  const [account, organisations] = await Promise.all([
    getAccountSummary({ actorId: user.id }),
    findOrganisations({ actorId: user.id }),
  ]);
  if (!account) notFound();
  const names = organisations.filter((organisation) => organisation.kind === 'provider').map((organisation) => organisation.name);

  return (
    <div>
      <AccountHeader
        heading={`Hello ${account.name ?? ''}`.trim()}
        roleLabel={ROLE_LABEL.provider_staff}
        areaName={account.areaName}
        signOutAction={signOutAction}
      >
        {names.length > 0 ? <p className="mt-2">You work for {names.join(', ')}.</p> : null}
      </AccountHeader>
      <InboxLink href="/provider/applications" />
      <ManageProviderLinks />
    </div>
  );
}
