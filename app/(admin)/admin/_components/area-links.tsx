import Link from 'next/link';

/** The ways into the area's own settings for the public pages: sharing courses and category words. */
export function AreaLinks() {
  return (
    <>
      <p className="mt-4">
        <Link href="/admin/sharing" className="inline-flex min-h-11 items-center text-xl font-bold">
          Share your courses with other areas
        </Link>
      </p>
      <p className="mt-4">
        <Link href="/admin/categories" className="inline-flex min-h-11 items-center text-xl font-bold">
          Types of work in your area
        </Link>
      </p>
    </>
  );
}
