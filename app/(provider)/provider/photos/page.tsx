import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedNote } from '@/components/manage/checked-form';
import { ManagedPhotoList } from '@/components/provider-photos/managed-photo-list';
import { ProviderPhotoForm } from '@/components/provider-photos/provider-photo-form';
import { getOwnProvider } from '@/db/queries/provider-content';
import { findCouncilPhotoRemovals, listOwnProviderPhotos, MAX_PROVIDER_PHOTOS } from '@/db/queries/provider-photos';
import { requireProviderStaff } from '@/lib/auth/session';
import { addProviderPhotoAction, moveProviderPhotoAction, removeProviderPhotoAction } from './actions';

export const metadata: Metadata = { title: 'Photos' };

const SAVED_MESSAGES: Record<string, string> = {
  added: 'Photo added. Young people can see it now.',
  removed: 'Photo removed.',
  moved: 'Photo moved. Young people see the new order now.',
};

const removedOn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

type Props = { searchParams: Promise<{ saved?: string }> };

/** Provider staff: up to six photos of their provider, shown on their provider page and course pages. */
export default async function ProviderPhotosPage({ searchParams }: Props) {
  const user = await requireProviderStaff('/provider/photos');
  const [provider, photos, removals, query] = await Promise.all([
    getOwnProvider({ actorId: user.id }),
    listOwnProviderPhotos({ actorId: user.id }),
    findCouncilPhotoRemovals({ actorId: user.id }),
    searchParams,
  ]);
  if (!provider) notFound();
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/provider" className="inline-flex min-h-11 items-center">
          Back to provider home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Photos</h1>
      <p className="mt-2">
        Photos of your buildings, workshops and students at work help young people picture themselves there. You can add up to{' '}
        {MAX_PROVIDER_PHOTOS}. The first one also shows on your course pages.
      </p>
      <p className="mt-2">Only add photos of students who agreed to be in them.</p>
      <SavedNote message={SAVED_MESSAGES[query.saved ?? ''] ?? null} />
      <h2 className="mt-8 text-2xl font-bold">Your photos</h2>
      {photos.length > 1 ? <p className="mt-2">Young people see them in this order. Move a photo up or down to change it.</p> : null}
      <ManagedPhotoList photos={photos} removeAction={removeProviderPhotoAction} moveAction={moveProviderPhotoAction} />
      {removals.length > 0 ? (
        <>
          <h2 className="mt-10 text-2xl font-bold">Photos the council removed</h2>
          <ul aria-label="Photos the council removed" className="mt-2 flex flex-col gap-3">
            {removals.map((removal) => (
              <li key={removal.id} className="border-l-4 border-error bg-paper p-4">
                <p className="font-bold">{removal.altText}</p>
                <p>Why: {removal.reason}</p>
                <p className="text-muted">
                  Removed by {removal.by ?? 'the council'} on {removedOn.format(removal.at)}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="mt-10 mb-4 text-2xl font-bold">Add a photo</h2>
      {photos.length >= MAX_PROVIDER_PHOTOS ? (
        <p>You have {MAX_PROVIDER_PHOTOS} photos. Remove one before you add another.</p>
      ) : (
        <ProviderPhotoForm action={addProviderPhotoAction} />
      )}
    </div>
  );
}
