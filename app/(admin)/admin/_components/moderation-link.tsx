import Link from 'next/link';

/** The ways into approving new employers and checking waiting vacancies, and the stories in Explore. */
export function ModerationLink() {
  return (
    <ul className="mt-8 flex flex-col gap-1">
      <li>
        <Link href="/admin/moderation" className="inline-flex min-h-11 items-center text-xl font-bold">
          Employers and vacancies waiting for approval
        </Link>
      </li>
      <li>
        <Link href="/admin/stories" className="inline-flex min-h-11 items-center text-xl font-bold">
          Young people’s stories for Explore
        </Link>
      </li>
    </ul>
  );
}
