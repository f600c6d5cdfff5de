import Link from 'next/link';

/** The ways into keeping the provider's own information up to date. */
export function ManageProviderLinks() {
  return (
    <>
      <h2 className="mt-8 text-2xl font-bold">Keep your information up to date</h2>
      <ul className="mt-2 flex flex-col gap-1">
        <li>
          <Link href="/provider/profile" className="inline-flex min-h-11 items-center text-xl font-bold">
            Your profile
          </Link>
        </li>
        <li>
          <Link href="/provider/courses" className="inline-flex min-h-11 items-center text-xl font-bold">
            Your courses
          </Link>
        </li>
        <li>
          <Link href="/provider/vacancies" className="inline-flex min-h-11 items-center text-xl font-bold">
            Your vacancies
          </Link>
        </li>
        <li>
          <Link href="/provider/stories" className="inline-flex min-h-11 items-center text-xl font-bold">
            Students’ stories
          </Link>
        </li>
        <li>
          <Link href="/provider/photos" className="inline-flex min-h-11 items-center text-xl font-bold">
            Photos
          </Link>
        </li>
        <li>
          <Link href="/provider/sites" className="inline-flex min-h-11 items-center text-xl font-bold">
            Your sites
          </Link>
        </li>
        <li>
          <Link href="/provider/changes" className="inline-flex min-h-11 items-center text-xl font-bold">
            Who changed what
          </Link>
        </li>
      </ul>
    </>
  );
}
