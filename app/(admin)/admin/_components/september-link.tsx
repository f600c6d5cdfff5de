import Link from 'next/link';

/** The way into the council's September Guarantee counts from the admin home page. */
export function SeptemberLink() {
  return (
    <p className="mt-4">
      <Link href="/admin/september" className="inline-flex min-h-11 items-center text-xl font-bold">
        September Guarantee: who has no application or no offer
      </Link>
    </p>
  );
}
