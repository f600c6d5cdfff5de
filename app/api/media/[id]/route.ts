import { getOwnStoredMedia } from '@/db/queries/media';
import { getCurrentUser } from '@/lib/auth/session';
import { isUuid } from '@/lib/media/keys';
import { isServableContentType } from '@/lib/media/rules';
import { mediaResponse } from '@/lib/media/serve';
import { mediaStorage } from '@/lib/media/storage';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain' } });

/** The owner's own media only; anyone else (signed in or not) gets the same 404 as for a missing file. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) return notFound();
  const user = await getCurrentUser();
  if (!user) return notFound();
  const media = await getOwnStoredMedia({ actorId: user.id, mediaId: id });
  if (!media || !isServableContentType(media.contentType)) return notFound();
  const bytes = await mediaStorage().get(media.storageKey);
  if (!bytes) return notFound();
  return mediaResponse({
    bytes,
    contentType: media.contentType,
    kind: media.kind,
    isDownload: new URL(request.url).searchParams.has('download'),
    rangeHeader: request.headers.get('range'),
  });
}
