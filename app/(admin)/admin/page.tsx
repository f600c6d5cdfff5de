import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AccountHeader } from '@/components/layout/account-header';
import { getAccountSummary, getAreaCounts } from '@/db/queries/people';
import { requireLaAdmin } from '@/lib/auth/session';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { signOutAction } from '../../(public)/sign-out/actions';

export const metadata: Metadata = { title: 'Council admin' };

const numberFormat = new Intl.NumberFormat('en-GB');

export default async function AdminHomePage() {
  const user = await requireLaAdmin('/admin');
  const [account, counts] = await Promise.all([getAccountSummary({ actorId: user.id }), getAreaCounts({ actorId: user.id })]);
  if (!account || !counts) notFound();

  const figures = [
    { label: 'Providers', value: counts.providers },
    { label: 'Courses', value: counts.courses },
    { label: 'Vacancies and training places', value: counts.vacancies },
    { label: 'Young people signed up', value: counts.youngPeople },
  ];
  return (
    <div>
      <AccountHeader
        heading={`Hello ${account.name ?? ''}`.trim()}
        roleLabel={ROLE_LABEL.la_admin}
        areaName={account.areaName}
        signOutAction={signOutAction}
      />
      <h2 className="mt-8 text-2xl font-bold">{account.areaName} at a glance</h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2">
        {figures.map((figure) => (
          <div key={figure.label} className="border-l-4 border-brand bg-paper p-4">
            <dt>{figure.label}</dt>
            <dd className="text-3xl font-bold">{numberFormat.format(figure.value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
