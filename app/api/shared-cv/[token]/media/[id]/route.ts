import { getSharedMedia } from '@/db/queries/portfolio';
import { isShareTokenShape } from '@/lib/cv/share';
import { hashShareToken } from '@/lib/cv/share-token';
import { isUuid } from '@/lib/media/keys';
import { mediaNotFound, serveStoredMedia } from '@/lib/media/serve-stored';

/**
 * A file on a shared CV: only while the link works, and only for items shown on that CV. Under /api/ so the
 * service worker never keeps a copy (a stopped link must not leave the photo on the reader's device).
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string; id: string }> }) {
  const { token, id } = await params;
  if (!isShareTokenShape(token) || !isUuid(id)) return mediaNotFound();
  const media = await getSharedMedia({ tokenHash: hashShareToken(token), mediaId: id, now: new Date() });
  const response = await serveStoredMedia(request, media, { canDownload: false });
  response.headers.set('Referrer-Policy', 'no-referrer');
  return response;
}
