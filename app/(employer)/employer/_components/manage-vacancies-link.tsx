import Link from 'next/link';

/** The ways into posting and looking after the employer's own vacancies, and its details. */
export function ManageVacanciesLink() {
  return (
    <ul className="mt-4 flex flex-col gap-2">
      <li>
        <Link href="/employer/vacancies" className="inline-flex min-h-11 items-center text-xl font-bold">
          Your vacancies
        </Link>
      </li>
      <li>
        <Link href="/employer/details" className="inline-flex min-h-11 items-center text-xl font-bold">
          About your business
        </Link>
      </li>
    </ul>
  );
}
