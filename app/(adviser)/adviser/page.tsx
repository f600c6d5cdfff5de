import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AccountHeader } from '@/components/layout/account-header';
import { getAccountSummary } from '@/db/queries/people';
import { redirectIfPresenting } from '@/lib/auth/present';
import { requireAdviser } from '@/lib/auth/session';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { signOutAction } from '../../(public)/sign-out/actions';
import { SeptemberLink } from './_components/september-link';
import { KioskHelpAlerts } from './_components/kiosk-help-alerts';
import { KioskHelpPanel } from './_components/kiosk-help-panel';
import { YoungPeoplePanel } from './_components/young-people-panel';

export const metadata: Metadata = { title: 'Adviser home' };

export default async function AdviserHomePage() {
  const user = await requireAdviser('/adviser');
  await redirectIfPresenting();
  const account = await getAccountSummary({ actorId: user.id });
  if (!account) notFound();

  return (
    <div>
      <AccountHeader
        heading={`Hello ${account.name ?? ''}`.trim()}
        roleLabel={ROLE_LABEL.adviser}
        areaName={account.areaName}
        signOutAction={signOutAction}
      />
      <SeptemberLink />
      <KioskHelpPanel actorId={user.id} />
      <KioskHelpAlerts actorId={user.id} />
      <YoungPeoplePanel actorId={user.id} />
    </div>
  );
}
