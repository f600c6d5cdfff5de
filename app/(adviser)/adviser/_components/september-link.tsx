import Link from 'next/link';

/** The way into the September Guarantee list from the adviser's home page. */
export function SeptemberLink() {
  return (
    <p className="mt-8">
      <Link href="/adviser/september" className="inline-flex min-h-11 items-center text-xl font-bold">
        September Guarantee: who has no application or no offer
      </Link>
    </p>
  );
}
