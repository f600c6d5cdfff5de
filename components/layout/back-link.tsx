import Link from 'next/link';
import type { ReactNode } from 'react';

/** The "Back to …" link at the top of a page, as a paragraph of its own with a 44px target. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href} className="inline-flex min-h-11 items-center">
        {children}
      </Link>
    </p>
  );
}
