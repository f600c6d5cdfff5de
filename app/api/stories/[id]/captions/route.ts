import { getPublicStoryCaptions } from '@/db/queries/stories';
import { getAreaContext } from '@/lib/auth/area';
import { isUuid } from '@/lib/media/keys';
import { limitPublicMedia, mediaNotFound } from '@/lib/media/serve-stored';

/** A story's WebVTT captions, for the <track> of its player. Plain text to the browser, never a page. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const limited = await limitPublicMedia(request);
  if (limited) return limited;
  const { id } = await params;
  if (!isUuid(id)) return mediaNotFound();
  const area = await getAreaContext();
  const captions = await getPublicStoryCaptions({ laId: area.id, storyId: id });
  if (captions === null) return mediaNotFound();
  return new Response(captions, {
    headers: {
      'Content-Type': 'text/vtt; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=300',
    },
  });
}
