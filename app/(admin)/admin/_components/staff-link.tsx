import Link from 'next/link';

/** The ways into the area's staff accounts, providers and employers, and advisers' look-up permissions. */
export function StaffLink() {
  return (
    <ul className="mt-4 flex flex-col gap-1">
      <li>
        <Link href="/admin/accounts" className="inline-flex min-h-11 items-center text-xl font-bold">
          Staff accounts
        </Link>
      </li>
      <li>
        <Link href="/admin/providers" className="inline-flex min-h-11 items-center text-xl font-bold">
          Providers and employers
        </Link>
      </li>
      <li>
        <Link href="/admin/staff" className="inline-flex min-h-11 items-center text-xl font-bold">
          Who can look up young people
        </Link>
      </li>
    </ul>
  );
}
