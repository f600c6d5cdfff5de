import type { PublicProviderPhoto } from '@/db/queries/provider-photos';

/**
 * One photo of a provider, served from the public photo route at its real size (the page's CSS shrinks it).
 * "Save my data": the photo waits for a tap, like photos on a CV (decision 017).
 */
export function ProviderPhoto({ photo, isSavingData, className }: { photo: PublicProviderPhoto; isSavingData: boolean; className?: string }) {
  const image = (
    // eslint-disable-next-line @next/next/no-img-element -- stored media: next/image would cache it on the server
    <img
      src={`/api/provider-photos/${photo.id}`}
      alt={photo.altText}
      width={photo.width ?? undefined}
      height={photo.height ?? undefined}
      loading="lazy"
      decoding="async"
      className={`h-auto w-full max-w-full border border-line object-cover ${className ?? ''}`}
    />
  );
  if (!isSavingData) return image;
  return (
    <details data-photo-placeholder>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-bold underline">Show the photo: {photo.altText}</summary>
      {image}
    </details>
  );
}

/** A provider's photos in a simple grid: one column on a phone, more on a wider screen. */
export function ProviderPhotoGallery({ photos, providerName, isSavingData }: { photos: PublicProviderPhoto[]; providerName: string; isSavingData: boolean }) {
  if (photos.length === 0) return null;
  return (
    <ul aria-label={`Photos of ${providerName}`} className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {photos.map((photo) => (
        <li key={photo.id}>
          <ProviderPhoto photo={photo} isSavingData={isSavingData} />
        </li>
      ))}
    </ul>
  );
}
