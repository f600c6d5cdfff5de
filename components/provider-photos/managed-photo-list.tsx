import { buttonClasses } from '@/components/ui/button-styles';
import type { PublicProviderPhoto } from '@/db/queries/provider-photos';
import { ProviderPhoto } from './provider-photo';

/** Staff's list of their provider's photos, each with what it shows and a way to remove it. */
export function ManagedPhotoList({ photos, removeAction }: { photos: PublicProviderPhoto[]; removeAction: (formData: FormData) => Promise<void> }) {
  if (photos.length === 0) return <p className="mt-2">There are no photos yet.</p>;
  return (
    <ul aria-label="Your photos" className="mt-2 grid gap-4 sm:grid-cols-2">
      {photos.map((photo, index) => (
        <li key={photo.id} className="flex flex-col gap-2 border-l-4 border-brand bg-paper p-4">
          <ProviderPhoto photo={photo} isSavingData={false} className="max-h-64" />
          <p>{photo.altText}</p>
          <form action={removeAction}>
            <input type="hidden" name="photoId" value={photo.id} />
            <button type="submit" aria-label={`Remove photo ${index + 1}: ${photo.altText}`} className={buttonClasses('secondary')}>
              Remove photo {index + 1}
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
