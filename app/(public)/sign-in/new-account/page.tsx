import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { findLocalAuthorityChoices, getVerifiedNewPhone } from '@/db/queries/sign-in';
import { getPendingCodeId } from '@/lib/auth/sign-in';
import { safeNextPath } from '@/lib/auth/roles';
import { createAccount } from '../actions';
import { NewAccountForm } from './_components/new-account-form';

export const metadata: Metadata = { title: 'Make your account' };

export default async function NewAccountPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  const codeId = await getPendingCodeId();
  const phone = codeId ? await getVerifiedNewPhone({ codeId }) : null;
  if (!phone) redirect('/sign-in');
  const areas = await findLocalAuthorityChoices();

  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Make your account</h1>
      <p className="mt-4">Your phone number is checked. Just two more things.</p>
      <NewAccountForm action={createAccount} areas={areas} next={next} />
    </div>
  );
}
