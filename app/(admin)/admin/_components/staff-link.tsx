import Link from 'next/link';

/** The way into the advisers' look-up permissions from the admin home page. */
export function StaffLink() {
  return (
    <p className="mt-4">
      <Link href="/admin/staff" className="inline-flex min-h-11 items-center text-xl font-bold">
        Who can look up young people
      </Link>
    </p>
  );
}
