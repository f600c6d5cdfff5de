import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedNote } from '@/components/manage/checked-form';
import { buttonClasses } from '@/components/ui/button-styles';
import { NativeSelect } from '@/components/ui/native-select';
import { findRecentAccountChanges, findStaffAccounts } from '@/db/queries/staff-accounts';
import { requireLaAdmin } from '@/lib/auth/session';
import { isStaffRole, STAFF_ROLE_WORDS, STAFF_ROLES } from '@/lib/manage/staff-accounts';
import { formatUkMobile } from '@/lib/sign-in/schemas';
import { changeTimeFormat, RecentChanges } from '@/components/manage/recent-changes';
import { BackLink } from '@/components/layout/back-link';
import { TableScroller } from '@/components/ui/table-scroller';

export const metadata: Metadata = { title: 'Staff accounts' };


const DONE: Record<string, (name: string) => string> = {
  added: (name) => `Account added for ${name}. We have sent them a message saying how to sign in.`,
  role: (name) => `Saved what ${name} does.`,
  off: (name) => `${name}’s account is turned off. They have been signed out.`,
  on: (name) => `${name}’s account is turned back on.`,
};

type Props = { searchParams: Promise<{ role?: string | string[]; changed?: string | string[]; what?: string | string[] }> };

/** Council admins: every staff account in the area, filtered by role with a plain GET form. */
export default async function StaffAccountsPage({ searchParams }: Props) {
  const user = await requireLaAdmin('/admin/accounts');
  const query = await searchParams;
  const role = isStaffRole(query.role) ? query.role : undefined;
  const [accounts, changes] = await Promise.all([findStaffAccounts({ actorId: user.id, role }), findRecentAccountChanges({ actorId: user.id })]);
  if (!accounts) notFound();
  const changed = typeof query.changed === 'string' ? accounts.find((account) => account.id === query.changed) : undefined;
  const done = typeof query.what === 'string' ? DONE[query.what] : undefined;

  return (
    <div className="max-w-5xl">
      <BackLink href="/admin">Back to council admin</BackLink>
      <h1 className="mt-2 text-3xl font-bold">Staff accounts</h1>
      <p className="mt-4 max-w-prose">
        Everyone who works in your area with Next Steps: advisers, course provider and employer staff, and council admins.
        They sign in with a code sent to their email or mobile. There are no passwords.
      </p>
      <SavedNote message={changed && done ? done(changed.name ?? 'this person') : null} />
      <p className="mt-4">
        <Link href="/admin/accounts/new" className={buttonClasses('primary')}>
          Add a staff account
        </Link>
      </p>

      <form method="get" action="/admin/accounts" className="mt-6 flex flex-wrap items-end gap-4" aria-label="Show accounts">
        <NativeSelect
          id="role"
          name="role"
          label="Show"
          defaultValue={role ?? ''}
          options={[{ value: '', label: 'Everyone' }, ...STAFF_ROLES.map((value) => ({ value, label: STAFF_ROLE_WORDS[value] }))]}
        />
        <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
          Show
        </button>
      </form>

      {accounts.length === 0 ? (
        <p className="mt-6">There are no accounts like this in your area yet.</p>
      ) : (
        <TableScroller label="Staff accounts in your area" className="mt-6">
          <table className="w-full border-collapse bg-paper text-left">
            <caption className="sr-only">Staff accounts in your area</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-ink p-2">Name</th>
                <th scope="col" className="border-b-2 border-ink p-2">Role</th>
                <th scope="col" className="border-b-2 border-ink p-2">Email or mobile</th>
                <th scope="col" className="border-b-2 border-ink p-2">Last signed in</th>
                <th scope="col" className="border-b-2 border-ink p-2">Account</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id}>
                  <th scope="row" className="border-b border-line p-2 font-normal">
                    <Link href={`/admin/accounts/${account.id}`} className="inline-flex min-h-11 items-center font-bold">
                      {account.name ?? 'No name given'}
                    </Link>
                  </th>
                  <td className="border-b border-line p-2">
                    {STAFF_ROLE_WORDS[account.role]}
                    {account.organisation ? <span className="block text-muted">{account.organisation}</span> : null}
                    {account.role === 'adviser' && account.centre ? <span className="block text-muted">{account.centre}</span> : null}
                  </td>
                  <td className="border-b border-line p-2 break-all">
                    {account.email ? <span className="block">{account.email}</span> : null}
                    {account.phone ? <span className="block">{formatUkMobile(account.phone)}</span> : null}
                  </td>
                  <td className="border-b border-line p-2">{account.lastSignInAt ? changeTimeFormat.format(account.lastSignInAt) : 'Not yet'}</td>
                  <td className="border-b border-line p-2">{account.isActive ? 'On' : 'Turned off'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}

      <RecentChanges changes={changes} />
    </div>
  );
}
