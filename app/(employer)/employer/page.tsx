import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InboxLink } from '@/components/applications/inbox-link';
import { AccountHeader } from '@/components/layout/account-header';
import { getOwnEmployer } from '@/db/queries/employer-vacancies';
import { findOrganisations, getAccountSummary } from '@/db/queries/people';
import { requireEmployerStaff } from '@/lib/auth/session';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { signOutAction } from '../../(public)/sign-out/actions';
import { ManageVacanciesLink } from './_components/manage-vacancies-link';
import { TurnedDownNote } from './_components/turned-down-note';

export const metadata: Metadata = { title: 'Employer home' };

export default async function EmployerHomePage() {
  const user = await requireEmployerStaff('/employer');
  const [account, organisations, employer] = await Promise.all([
    getAccountSummary({ actorId: user.id }),
    findOrganisations({ actorId: user.id }),
    getOwnEmployer({ actorId: user.id }),
  ]);
  if (!account) notFound();
  const names = organisations.filter((organisation) => organisation.kind === 'employer').map((organisation) => organisation.name);

  return (
    <div>
      <AccountHeader
        heading={`Hello ${account.name ?? ''}`.trim()}
        roleLabel={ROLE_LABEL.employer_staff}
        areaName={account.areaName}
        signOutAction={signOutAction}
      >
        {names.length > 0 ? <p className="mt-2">You work for {names.join(', ')}.</p> : null}
      </AccountHeader>
      {employer?.status === 'rejected' ? <TurnedDownNote reason={employer.turnedDownReason} /> : null}
      <InboxLink href="/employer/applications" />
      <ManageVacanciesLink />
    </div>
  );
}
