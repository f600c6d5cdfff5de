import { getCategoryPictureMedia } from '@/db/queries/category-overrides';
import { getAreaContext } from '@/lib/auth/area';
import { isUuid } from '@/lib/media/keys';
import { limitPublicMedia, mediaNotFound, serveStoredMedia } from '@/lib/media/serve-stored';

/** A council's own picture for a type of work, for anyone viewing that area (public, like the category pages). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const limited = await limitPublicMedia(request);
  if (limited) return limited;
  const { id } = await params;
  if (!isUuid(id)) return mediaNotFound();
  const area = await getAreaContext();
  return serveStoredMedia(request, await getCategoryPictureMedia({ laId: area.id, categoryId: id }), { canDownload: false });
}
