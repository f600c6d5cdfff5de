import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedNote } from '@/components/manage/checked-form';
import { ProviderPhoto } from '@/components/provider-photos/provider-photo';
import { findAreaProviderPhotos } from '@/db/queries/provider-photos';
import { requireLaAdmin } from '@/lib/auth/session';
import { BackLink } from '@/components/layout/back-link';

export const metadata: Metadata = { title: 'Providers’ photos' };

const addedOn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

type Props = { searchParams: Promise<{ removed?: string }> };

/** Council admins: the newest photos providers in their area added, each with a way to remove it. */
export default async function AdminPhotosPage({ searchParams }: Props) {
  const user = await requireLaAdmin('/admin/photos');
  const [photos, query] = await Promise.all([findAreaProviderPhotos({ actorId: user.id }), searchParams]);
  if (!photos) notFound();
  return (
    <div className="max-w-3xl">
      <BackLink href="/admin">Back to council admin</BackLink>
      <h1 className="mt-2 text-3xl font-bold">Providers’ photos</h1>
      <p className="mt-4">Photos go live as soon as a provider adds them. Remove any photo that should not be there. The provider will see why.</p>
      <SavedNote message={query.removed === '1' ? 'Photo removed. The provider can see why.' : null} />
      {photos.length === 0 ? (
        <p className="mt-6">No provider has added a photo yet.</p>
      ) : (
        <ul aria-label="Newest photos" className="mt-6 grid gap-4 sm:grid-cols-2">
          {photos.map((photo) => (
            <li key={photo.id} className="flex flex-col gap-2 border-l-4 border-line bg-paper p-4">
              <ProviderPhoto photo={photo} isSavingData={false} className="max-h-64" />
              <p className="font-bold">{photo.providerName}</p>
              <p>{photo.altText}</p>
              <p className="text-muted">Added {addedOn.format(photo.addedAt)}</p>
              <Link href={`/admin/photos/${photo.id}`} className="inline-flex min-h-11 items-center" aria-label={`Remove the photo of ${photo.providerName}: ${photo.altText}`}>
                Remove the photo
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
