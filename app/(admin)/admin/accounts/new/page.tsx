import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findOrganisationChoices } from '@/db/queries/staff-accounts';
import { requireLaAdmin } from '@/lib/auth/session';
import { createStaffAccountAction } from '../actions';
import { NewAccountForm } from '../_components/account-forms';

export const metadata: Metadata = { title: 'Add a staff account' };

/** Council admins: add an adviser, provider or employer staff, or another council admin in their area. */
export default async function NewStaffAccountPage() {
  const user = await requireLaAdmin('/admin/accounts/new');
  const choices = await findOrganisationChoices({ actorId: user.id });
  if (!choices) notFound();
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/admin/accounts" className="inline-flex min-h-11 items-center">
          Back to staff accounts
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Add a staff account</h1>
      <p className="mt-4 max-w-prose">
        They sign in with a code we send to their email or mobile. They do not need a password. Give an email address, a
        mobile number, or both.
      </p>
      <NewAccountForm action={createStaffAccountAction} choices={choices} />
    </div>
  );
}
