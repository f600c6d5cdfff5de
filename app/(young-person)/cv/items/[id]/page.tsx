import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { KeepPageOffline } from '@/components/pwa/keep-page-offline';
import { findOwnCvOtherVersions, findSkills, getPortfolioItem } from '@/db/queries/portfolio';
import { offlineKeyFor } from '@/lib/auth/offline-key';
import { requireYoungPerson } from '@/lib/auth/session';
import { sectionInfo } from '@/lib/cv/sections';
import { isUuid } from '@/lib/media/keys';
import { deleteItemAction, settleCvOtherVersionAction, syncOfflineCvItemAction, updateItemAction } from '../../actions';
import { ItemForm } from '../../_components/item-form';

export const metadata: Metadata = { title: 'Change a CV item' };

const FIELD_WORDS = { title: 'Title', body: 'About it', place: 'Where', grade: 'Grade' } as const;

type Props = { params: Promise<{ id: string }> };

export default async function EditItemPage({ params }: Props) {
  const { id } = await params;
  const user = await requireYoungPerson(`/cv/items/${id}`);
  if (!isUuid(id)) notFound();
  const [item, skills, otherVersions] = await Promise.all([
    getPortfolioItem({ actorId: user.id, itemId: id }),
    findSkills(),
    findOwnCvOtherVersions({ actorId: user.id, itemId: id }),
  ]);
  if (!item) notFound();
  const info = sectionInfo(item.section);
  return (
    <div className="max-w-3xl">
      <KeepPageOffline ownerKey={offlineKeyFor(user.id)} path={`/cv/items/${item.id}`} />
      <p>
        <Link href={`/cv#${info.slug}`} className="inline-flex min-h-11 items-center">
          Back to your CV
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Change “{item.title}”</h1>
      <p className="mt-4">Part of your CV: {info.heading}</p>
      {otherVersions.length > 0 ? (
        <section aria-labelledby="other-versions-heading" className="mt-6 border-l-8 border-ink bg-paper p-4">
          <h2 id="other-versions-heading" className="text-2xl font-bold">
            You changed this in two places
          </h2>
          <p className="mt-2">We kept the newest words. Here is what you also wrote. You can use it instead, or dismiss it.</p>
          <ul className="mt-4 flex flex-col gap-4">
            {otherVersions.map((version) => (
              <li key={version.id}>
                <p className="font-bold">{FIELD_WORDS[version.field]}: you also wrote this on another device:</p>
                <p className="mt-1 whitespace-pre-line border-2 border-line p-3">{version.text}</p>
                <form action={settleCvOtherVersionAction} className="mt-2 flex flex-wrap gap-4">
                  <input type="hidden" name="itemId" value={item.id} />
                  <input type="hidden" name="versionId" value={version.id} />
                  <button type="submit" name="choice" value="use" className={buttonClasses('secondary')}>
                    Use this one<span className="sr-only">: {FIELD_WORDS[version.field]}</span>
                  </button>
                  <button type="submit" name="choice" value="dismiss" className={buttonClasses('secondary')}>
                    Dismiss<span className="sr-only">: {FIELD_WORDS[version.field]}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* Keyed by the versions shown: after a sync or a choice, every field shows what the server now holds. */}
      <ItemForm
        key={otherVersions.map((version) => version.id).join(',')}
        action={updateItemAction}
        info={info}
        skills={skills}
        item={item}
        offline={{
          itemId: item.id,
          saved: { title: item.title, body: item.body, place: item.place, grade: item.grade },
          sync: syncOfflineCvItemAction,
        }}
      />
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
