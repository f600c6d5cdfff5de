import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import type { ShortlistItem } from '@/lib/present/shortlist';
import { removeFromShortlistAction } from '../shortlist/actions';

/** The shortlist on present mode's pages: each item links to its page and has a plain "Remove" form. */
export function ShortlistList({ items, back }: { items: ShortlistItem[]; back: string }) {
  if (items.length === 0) {
    return <p className="mt-2">Nothing yet. Open a course or a job and press “Add to shortlist”.</p>;
  }
  return (
    <ul aria-label="Shortlist" className="mt-4 flex flex-col gap-3">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 border-2 border-line bg-paper p-3">
          <span>
            <Link href={item.href} className="font-bold">
              {item.title}
            </Link>
            <span className="block text-base">{item.kind === 'course' ? `Course${item.by ? ` at ${item.by}` : ''}` : 'Job or training'}</span>
          </span>
          <form action={removeFromShortlistAction}>
            <input type="hidden" name="item" value={item.id} />
            <input type="hidden" name="back" value={back} />
            <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
              Remove<span className="sr-only"> {item.title}</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
