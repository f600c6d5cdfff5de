import Link from 'next/link';

/** The way into the applications inbox from a provider's or employer's home page. */
export function InboxLink({ href }: { href: string }) {
  return (
    <p className="mt-8">
      <Link href={href} className="inline-flex min-h-11 items-center text-xl font-bold">
        Applications from young people
      </Link>
    </p>
  );
}
