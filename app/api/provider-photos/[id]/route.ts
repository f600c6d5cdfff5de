import { getPublicProviderPhotoMedia } from '@/db/queries/provider-photos';
import { getAreaContext } from '@/lib/auth/area';
import { isUuid } from '@/lib/media/keys';
import { limitPublicMedia, mediaNotFound, serveStoredMedia } from '@/lib/media/serve-stored';

/** A photo of a provider, for anyone viewing that area's prospectus (public, like the provider page). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const limited = await limitPublicMedia(request);
  if (limited) return limited;
  const { id } = await params;
  if (!isUuid(id)) return mediaNotFound();
  const area = await getAreaContext();
  return serveStoredMedia(request, await getPublicProviderPhotoMedia({ laId: area.id, photoId: id }), { canDownload: false });
}
