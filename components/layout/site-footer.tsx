import Link from 'next/link';

const FOOTER_LINKS = [
  { href: '/', label: 'Home' },
  { href: '/providers', label: 'All providers' },
  { href: '/courses/at-14', label: 'Options at 14' },
  { href: '/courses/at-16', label: 'Options at 16' },
  { href: '/settings', label: 'My settings' },
  { href: '/areas', label: 'Your council area' },
  { href: '/easy-read', label: 'Easy read' },
  { href: '/accessibility', label: 'Accessibility' },
] as const;

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t-4 border-brand bg-paper">
      <nav aria-label="Footer" className="mx-auto max-w-5xl px-4 py-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {FOOTER_LINKS.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="inline-flex min-h-11 items-center">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  );
}
