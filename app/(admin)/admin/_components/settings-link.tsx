import Link from 'next/link';

/** The way into the council's own settings from the admin home page. */
export function SettingsLink() {
  return (
    <p className="mt-4">
      <Link href="/admin/settings" className="inline-flex min-h-11 items-center text-xl font-bold">
        Council settings
      </Link>
    </p>
  );
}
