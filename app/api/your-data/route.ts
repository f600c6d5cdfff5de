import { zipSync } from 'fflate';
import { consumeRateLimit } from '@/db/queries/rate-limits';
import { getYourData, logYourDataDownload } from '@/db/queries/your-data';
import { getCurrentUser } from '@/lib/auth/session';
import { mediaStorage } from '@/lib/media/storage';
import { downloadFileName, mediaFileName, YOUR_DATA_DOWNLOAD_LIMIT } from '@/lib/privacy/personal-data';
import { describeWait } from '@/lib/sign-in/rate-limits';

function reply(status: number, message: string, headers: Record<string, string> = {}) {
  return new Response(message, { status, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8', ...headers } });
}

/**
 * A young person's own data as a zip: your-data.json (everything held about them) and a media folder with
 * their photos, recordings and videos. Signed-out people and staff get the same 404 as a missing page.
 * Built in memory: one person's files are capped by the upload limits (lib/media/rules.ts).
 */
export async function GET() {
  const user = await getCurrentUser();
  if (!user || user.role !== 'young_person') return reply(404, 'Page not found.');
  const limit = await consumeRateLimit(`your-data:${user.id}`, YOUR_DATA_DOWNLOAD_LIMIT);
  if (!limit.isAllowed) {
    return reply(429, `You have downloaded your data a lot. Try again ${describeWait(limit.retryAfterSeconds)}.`, {
      'Retry-After': String(limit.retryAfterSeconds),
    });
  }
  const now = new Date();
  const yours = await getYourData({ actorId: user.id, now });
  if (!yours) return reply(404, 'Page not found.');

  const storage = mediaStorage();
  const files: Record<string, Uint8Array> = {
    'your-data.json': new TextEncoder().encode(JSON.stringify(yours.data, null, 2)),
  };
  for (const media of yours.media) {
    const bytes = await storage.get(media.storageKey);
    if (bytes) files[mediaFileName(media.id, media.contentType)] = bytes;
  }
  // Photos and videos are compressed already: store them as they are, squeeze only the JSON.
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { level: name.endsWith('.json') ? 6 : 0 }]])),
  );
  await logYourDataDownload({ actorId: user.id });
  console.info(JSON.stringify({ event: 'your-data.download', userId: user.id, files: Object.keys(files).length, bytes: zip.byteLength }));

  return new Response(zip as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${downloadFileName(yours.name, now)}"`,
      'Content-Length': String(zip.byteLength),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
