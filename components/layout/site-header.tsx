import Link from 'next/link';
import { SERVICE_NAME } from '@/lib/site';

export function SiteHeader() {
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link
          href="/"
          className="inline-flex min-h-11 items-center text-xl font-bold text-white no-underline hover:text-white"
        >
          {SERVICE_NAME}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4">
            <li>
              <Link href="/courses" className="inline-flex min-h-11 items-center text-white hover:text-white">
                Courses
              </Link>
            </li>
            <li>
              <Link href="/vacancies" className="inline-flex min-h-11 items-center text-white hover:text-white">
                Jobs
              </Link>
            </li>
            <li>
              <Link href="/categories" className="inline-flex min-h-11 items-center text-white hover:text-white">
                Types of work
              </Link>
            </li>
            <li>
              <Link href="/account" className="inline-flex min-h-11 items-center text-white hover:text-white">
                My page
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
