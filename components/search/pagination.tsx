import Link from 'next/link';

/** "Previous page · Page 2 of 9 · Next page" as plain links, so paging works without JavaScript. */
export function Pagination({
  page,
  total,
  pageSize,
  hrefFor,
}: {
  page: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
}) {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  if (lastPage <= 1) return null;
  return (
    <nav aria-label="Pages of results" className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="inline-flex min-h-11 items-center">
          Previous page
        </Link>
      ) : null}
      <span>
        Page {page} of {lastPage}
      </span>
      {page < lastPage ? (
        <Link href={hrefFor(page + 1)} className="inline-flex min-h-11 items-center">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
