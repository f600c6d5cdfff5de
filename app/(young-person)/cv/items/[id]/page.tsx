import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { findSkills, getPortfolioItem } from '@/db/queries/portfolio';
import { requireYoungPerson } from '@/lib/auth/session';
import { sectionInfo } from '@/lib/cv/sections';
import { isUuid } from '@/lib/media/keys';
import { deleteItemAction, updateItemAction } from '../../actions';
import { ItemForm } from '../../_components/item-form';

export const metadata: Metadata = { title: 'Change a CV item' };

type Props = { params: Promise<{ id: string }> };

export default async function EditItemPage({ params }: Props) {
  const { id } = await params;
  const user = await requireYoungPerson(`/cv/items/${id}`);
  if (!isUuid(id)) notFound();
  const [item, skills] = await Promise.all([getPortfolioItem({ actorId: user.id, itemId: id }), findSkills()]);
  if (!item) notFound();
  const info = sectionInfo(item.section);
  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/cv#${info.slug}`} className="inline-flex min-h-11 items-center">
          Back to your CV
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Change “{item.title}”</h1>
      <p className="mt-4">Part of your CV: {info.heading}</p>
      <ItemForm action={updateItemAction} info={info} skills={skills} item={item} />
      <section aria-labelledby="delete-heading" className="mt-12 border-t-2 border-line pt-6">
        <h2 id="delete-heading" className="text-2xl font-bold">
          Delete this
        </h2>
        <p className="mt-2">This deletes it and its photo, voice note or video. You cannot undo this.</p>
        <form action={deleteItemAction} className="mt-4">
          <input type="hidden" name="itemId" value={item.id} />
          <button type="submit" className={buttonClasses('warning')}>
            Delete “{item.title}”
          </button>
        </form>
      </section>
    </div>
  );
}
