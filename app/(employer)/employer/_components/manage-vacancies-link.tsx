import Link from 'next/link';

/** The way into posting and looking after the employer's own vacancies. */
export function ManageVacanciesLink() {
  return (
    <p className="mt-4">
      <Link href="/employer/vacancies" className="inline-flex min-h-11 items-center text-xl font-bold">
        Your vacancies
      </Link>
    </p>
  );
}
