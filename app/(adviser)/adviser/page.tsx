import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AccountHeader } from '@/components/layout/account-header';
import { findCaseload, getAccountSummary } from '@/db/queries/people';
import { requireAdviser } from '@/lib/auth/session';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { signOutAction } from '../../(public)/sign-out/actions';
import { SeptemberLink } from './_components/september-link';

export const metadata: Metadata = { title: 'Adviser home' };

export default async function AdviserHomePage() {
  const user = await requireAdviser('/adviser');
  const [account, caseload] = await Promise.all([
    getAccountSummary({ actorId: user.id }),
    findCaseload({ actorId: user.id }),
  ]);
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
      <h2 className="mt-8 text-2xl font-bold">Your caseload</h2>
      {caseload.length === 0 ? (
        <p className="mt-4">Nobody is on your caseload yet.</p>
      ) : (
        <ul className="mt-4 list-disc pl-6" aria-label="Young people on your caseload">
          {caseload.map((person) => (
            <li key={person.id}>{person.name ?? 'No name given'}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
