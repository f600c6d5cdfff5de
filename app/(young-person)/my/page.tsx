import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccountHeader } from '@/components/layout/account-header';
import { getAccountSummary } from '@/db/queries/people';
import { requireYoungPerson } from '@/lib/auth/session';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { signOutAction } from '../../(public)/sign-out/actions';

export const metadata: Metadata = { title: 'My page' };

export default async function MyPage() {
  const user = await requireYoungPerson('/my');
  const account = await getAccountSummary({ actorId: user.id });
  if (!account) notFound();

  return (
    <div>
      <AccountHeader
        heading={`Hello ${account.name ?? 'there'}`}
        roleLabel={ROLE_LABEL.young_person}
        areaName={account.areaName}
        signOutAction={signOutAction}
      />
      <h2 className="mt-8 text-2xl font-bold">What do you want to do?</h2>
      <ul className="mt-4 flex flex-col gap-2">
        <li>
          <Link href="/categories" className="inline-flex min-h-11 items-center">
            Look at types of work
          </Link>
        </li>
      </ul>
    </div>
  );
}
