import Link from 'next/link';

/** The way into approving new employers and checking waiting vacancies. */
export function ModerationLink() {
  return (
    <p className="mt-8">
      <Link href="/admin/moderation" className="inline-flex min-h-11 items-center text-xl font-bold">
        Employers and vacancies waiting for approval
      </Link>
    </p>
  );
}
