import { buttonClasses } from '@/components/ui/button-styles';
import type { PublicProviderPhoto } from '@/db/queries/provider-photos';
import { ProviderPhoto } from './provider-photo';

/**
 * Staff's list of their provider's photos in page order, each with what it shows, plain buttons to move it
 * earlier or later (no JavaScript needed) and a way to remove it.
 */
export function ManagedPhotoList({
  photos,
  removeAction,
  moveAction,
}: {
  photos: PublicProviderPhoto[];
  removeAction: (formData: FormData) => Promise<void>;
  moveAction?: (formData: FormData) => Promise<void>;
}) {
  if (photos.length === 0) return <p className="mt-2">There are no photos yet.</p>;
  return (
    <ol aria-label="Your photos" className="mt-2 grid gap-4 sm:grid-cols-2">
      {photos.map((photo, index) => (
        <li key={photo.id} className="flex flex-col gap-2 border-l-4 border-brand bg-paper p-4">
          <ProviderPhoto photo={photo} isSavingData={false} className="max-h-64" />
          <p>
            <span className="font-bold">Photo {index + 1}.</span> {photo.altText}
          </p>
          <div className="flex flex-wrap gap-2">
            {moveAction && index > 0 ? (
              <form action={moveAction}>
                <input type="hidden" name="photoId" value={photo.id} />
                <input type="hidden" name="direction" value="up" />
                <button type="submit" aria-label={`Move up photo ${index + 1}: ${photo.altText}`} className={buttonClasses('secondary')}>
                  Move up
                </button>
              </form>
            ) : null}
            {moveAction && index < photos.length - 1 ? (
              <form action={moveAction}>
                <input type="hidden" name="photoId" value={photo.id} />
                <input type="hidden" name="direction" value="down" />
                <button type="submit" aria-label={`Move down photo ${index + 1}: ${photo.altText}`} className={buttonClasses('secondary')}>
                  Move down
                </button>
              </form>
            ) : null}
            <form action={removeAction}>
              <input type="hidden" name="photoId" value={photo.id} />
              <button type="submit" aria-label={`Remove photo ${index + 1}: ${photo.altText}`} className={buttonClasses('secondary')}>
                Remove photo {index + 1}
              </button>
            </form>
          </div>
        </li>
      ))}
    </ol>
  );
}
