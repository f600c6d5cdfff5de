import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">We cannot find this page. It may have moved, or the link may be wrong.</p>
      <p className="mt-4">
        <Link href="/" className="inline-flex min-h-11 items-center">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
