import { getApplicationMediaForStaff } from '@/db/queries/applications';
import { getCurrentUser } from '@/lib/auth/session';
import { isUuid } from '@/lib/media/keys';
import { mediaNotFound, serveStoredMedia } from '@/lib/media/serve-stored';

/**
 * A voice or video answer (or recorded "about you"), for the staff of the provider or employer the application was sent to. Anyone else
 * (including staff of another organisation) gets the same 404 as for a missing file. The young person hears
 * their own recording through /api/media/[id].
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; mediaId: string }> }) {
  const { id, mediaId } = await params;
  if (!isUuid(id) || !isUuid(mediaId)) return mediaNotFound();
  const user = await getCurrentUser();
  if (!user) return mediaNotFound();
  return serveStoredMedia(request, await getApplicationMediaForStaff({ actorId: user.id, applicationId: id, mediaId }));
}
