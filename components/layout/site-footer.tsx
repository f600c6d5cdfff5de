import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t-4 border-brand bg-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6">
        <Link href="/" className="inline-flex min-h-11 items-center">
          Home
        </Link>
      </div>
    </footer>
  );
}
