import { getPublicStoryMedia } from '@/db/queries/stories';
import { getAreaContext } from '@/lib/auth/area';
import { isUuid } from '@/lib/media/keys';
import { limitPublicMedia, mediaNotFound, serveStoredMedia } from '@/lib/media/serve-stored';

/** A young person's story clip, for anyone viewing that area's prospectus (stories are public, like the page). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const limited = await limitPublicMedia(request);
  if (limited) return limited;
  const { id } = await params;
  if (!isUuid(id)) return mediaNotFound();
  const area = await getAreaContext();
  return serveStoredMedia(request, await getPublicStoryMedia({ laId: area.id, storyId: id }), { canDownload: false });
}
