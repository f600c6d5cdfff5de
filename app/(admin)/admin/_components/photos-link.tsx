import Link from 'next/link';

/** The way into providers' photos (to remove one) from the admin home page. */
export function PhotosLink() {
  return (
    <p className="mt-4">
      <Link href="/admin/photos" className="inline-flex min-h-11 items-center text-xl font-bold">
        Providers’ photos
      </Link>
    </p>
  );
}
