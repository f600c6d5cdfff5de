import { getAreaSettings } from '@/db/queries/area-settings';
import { getStaffCvMedia } from '@/db/queries/portfolio-staff';
import { getCurrentUser } from '@/lib/auth/session';
import { isUuid } from '@/lib/media/keys';
import { mediaNotFound, serveStoredMedia } from '@/lib/media/serve-stored';

/** A file on a young person's CV, for the parent or carer they let see it; anyone else gets the same 404 as for nothing. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; mediaId: string }> }) {
  const { id, mediaId } = await params;
  if (!isUuid(id) || !isUuid(mediaId)) return mediaNotFound();
  const user = await getCurrentUser();
  if (!user || user.role !== 'parent_carer') return mediaNotFound();
  const media = await getStaffCvMedia({ actorId: user.id, youngPersonId: id, mediaId, now: new Date(), config: (await getAreaSettings({ laId: user.laId })).privacy });
  return serveStoredMedia(request, media, { canDownload: false });
}
