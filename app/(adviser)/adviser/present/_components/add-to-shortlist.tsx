import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { findShortlist } from '@/db/queries/present-shortlist';
import { isPresenting } from '@/lib/auth/present';
import { SHORTLIST_MAX } from '@/lib/present/shortlist';
import { addToShortlistAction, removeFromShortlistAction } from '../shortlist/actions';

/**
 * On a course or job page, for an adviser in present mode only: add it to (or take it off) the shortlist, and see
 * how many are on it. Plain forms. Renders nothing for anyone else.
 */
export async function AddToShortlist({ adviserId, kind, itemKey, back }: { adviserId: string; kind: 'course' | 'vacancy'; itemKey: string; back: string }) {
  if (!(await isPresenting())) return null;
  const items = await findShortlist({ actorId: adviserId, now: new Date() });
  const onList = items.find((item) => item.kind === kind && item.key === itemKey);
  return (
    <section id="shortlist" aria-labelledby="shortlist-heading" className="border-2 border-brand bg-paper p-4">
      <h2 id="shortlist-heading" className="text-xl font-bold">
        Shortlist ({items.length})
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        {onList ? (
          <form action={removeFromShortlistAction}>
            <input type="hidden" name="item" value={onList.id} />
            <input type="hidden" name="back" value={back} />
            <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
              On the shortlist ✓ – remove
            </button>
          </form>
        ) : items.length < SHORTLIST_MAX ? (
          <form action={addToShortlistAction}>
            <input type="hidden" name="kind" value={kind} />
            <input type="hidden" name="key" value={itemKey} />
            <input type="hidden" name="back" value={back} />
            <button type="submit" className={buttonClasses('primary', 'cursor-pointer')}>
              Add to shortlist
            </button>
          </form>
        ) : (
          <p>The shortlist is full ({SHORTLIST_MAX}). Hand it over, or remove one.</p>
        )}
        <Link href="/adviser/present/shortlist" className="inline-flex min-h-11 items-center font-bold">
          See the shortlist
        </Link>
      </div>
    </section>
  );
}
