import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedNote } from '@/components/manage/checked-form';
import { ManagedPhotoList } from '@/components/provider-photos/managed-photo-list';
import { ProviderPhotoForm } from '@/components/provider-photos/provider-photo-form';
import { getOwnProvider } from '@/db/queries/provider-content';
import { listOwnProviderPhotos, MAX_PROVIDER_PHOTOS } from '@/db/queries/provider-photos';
import { requireProviderStaff } from '@/lib/auth/session';
import { addProviderPhotoAction, removeProviderPhotoAction } from './actions';

export const metadata: Metadata = { title: 'Photos' };

const SAVED_MESSAGES: Record<string, string> = {
  added: 'Photo added. Young people can see it now.',
  removed: 'Photo removed.',
};

type Props = { searchParams: Promise<{ saved?: string }> };

/** Provider staff: up to six photos of their provider, shown on their provider page and course pages. */
export default async function ProviderPhotosPage({ searchParams }: Props) {
  const user = await requireProviderStaff('/provider/photos');
  const [provider, photos, query] = await Promise.all([getOwnProvider({ actorId: user.id }), listOwnProviderPhotos({ actorId: user.id }), searchParams]);
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
      <ManagedPhotoList photos={photos} removeAction={removeProviderPhotoAction} />
      <h2 className="mt-10 mb-4 text-2xl font-bold">Add a photo</h2>
      {photos.length >= MAX_PROVIDER_PHOTOS ? (
        <p>You have {MAX_PROVIDER_PHOTOS} photos. Remove one before you add another.</p>
      ) : (
        <ProviderPhotoForm action={addProviderPhotoAction} />
      )}
    </div>
  );
}
