import { getOwnStoredMedia } from '@/db/queries/media';
import { getCurrentUser } from '@/lib/auth/session';
import { isUuid } from '@/lib/media/keys';
import { mediaNotFound, serveStoredMedia } from '@/lib/media/serve-stored';

/** The owner's own media only; anyone else (signed in or not) gets the same 404 as for a missing file. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) return mediaNotFound();
  const user = await getCurrentUser();
  if (!user) return mediaNotFound();
  return serveStoredMedia(request, await getOwnStoredMedia({ actorId: user.id, mediaId: id }));
}
