import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findOrganisationChoices, getStaffAccount } from '@/db/queries/staff-accounts';
import { requireLaAdmin } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';
import { STAFF_ROLE_WORDS } from '@/lib/manage/staff-accounts';
import { formatUkMobile } from '@/lib/sign-in/schemas';
import { changeStaffRoleAction, setStaffActiveAction } from '../actions';
import { ActiveForm, ChangeRoleForm } from '../_components/account-forms';
import { changeTimeFormat } from '@/components/manage/recent-changes';

export const metadata: Metadata = { title: 'A staff account' };


type Props = { params: Promise<{ id: string }> };

/** Council admins: one staff account in their area. Another area's account is not found. */
export default async function StaffAccountPage({ params }: Props) {
  const { id } = await params;
  const user = await requireLaAdmin(`/admin/accounts/${id}`);
  if (!isRecordId(id)) notFound();
  const [account, choices] = await Promise.all([getStaffAccount({ actorId: user.id, userId: id }), findOrganisationChoices({ actorId: user.id })]);
  if (!account || !choices) notFound();
  const name = account.name ?? 'this person';
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/admin/accounts" className="inline-flex min-h-11 items-center">
          Back to staff accounts
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{account.name ?? 'No name given'}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">What they do</dt>
        <dd>
          {STAFF_ROLE_WORDS[account.role]}
          {account.organisation ? `, ${account.organisation}` : ''}
        </dd>
        {account.role === 'adviser' ? (
          <>
            <dt className="font-bold">Centre</dt>
            <dd>{account.centre ?? 'None'}</dd>
          </>
        ) : null}
        <dt className="font-bold">Email</dt>
        <dd className="break-all">{account.email ?? 'None'}</dd>
        <dt className="font-bold">Mobile</dt>
        <dd>{account.phone ? formatUkMobile(account.phone) : 'None'}</dd>
        <dt className="font-bold">Last signed in</dt>
        <dd>{account.lastSignInAt ? changeTimeFormat.format(account.lastSignInAt) : 'Not yet'}</dd>
        <dt className="font-bold">Account</dt>
        <dd>{account.isActive ? 'On' : 'Turned off. They cannot sign in.'}</dd>
      </dl>

      <h2 className="mt-8 text-2xl font-bold">Change what they do</h2>
      <ChangeRoleForm
        action={changeStaffRoleAction}
        userId={account.id}
        current={{ role: account.role, providerId: account.providerId ?? '', employerId: account.employerId ?? '', centreId: account.centreId ?? '' }}
        choices={choices}
      />

      <h2 className="mt-8 text-2xl font-bold">{account.isActive ? 'Turn off this account' : 'Turn this account back on'}</h2>
      <p className="mt-2 max-w-prose">
        {account.isActive
          ? 'When someone leaves, turn their account off. They are signed out at once and cannot sign in again. You can turn it back on later.'
          : 'They will be able to sign in again with a code.'}
      </p>
      <ActiveForm action={setStaffActiveAction} userId={account.id} isActive={account.isActive} name={name} />
    </div>
  );
}
