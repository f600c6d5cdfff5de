import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { cookies } from 'next/headers';
import { consumeRateLimit } from '@/db/queries/rate-limits';
import { getYourData, logYourDataDownload } from '@/db/queries/your-data';
import { getCurrentUser } from '@/lib/auth/session';
import { KIOSK_COOKIE } from '@/lib/kiosk/config';
import { mediaStorage } from '@/lib/media/storage';
import { downloadFileName, mediaFileName, YOUR_DATA_DOWNLOAD_LIMIT } from '@/lib/privacy/personal-data';
import { describeWait } from '@/lib/sign-in/rate-limits';

function reply(status: number, message: string, headers: Record<string, string> = {}) {
  return new Response(message, { status, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8', ...headers } });
}

/**
 * A young person's own data as a zip: your-data.json (everything held about them) and a media folder with
 * their photos, recordings and videos. Signed-out people and staff get the same 404 as a missing page.
 * Streamed: one media file is read at a time, however many they have.
 */
export async function GET() {
  const user = await getCurrentUser();
  if (!user || user.role !== 'young_person') return reply(404, 'Page not found.');
  // A download at a kiosk would stay in the shared computer's downloads after the reset.
  if ((await cookies()).get(KIOSK_COOKIE)) return reply(403, 'Download your data on your own phone or computer, not at a shared computer.');
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
  const json = new TextEncoder().encode(JSON.stringify(yours.data, null, 2));
  const waiting = [...yours.media];
  let isEnded = false;
  // Streamed one file at a time, so a person with many videos never has them all in memory at once.
  // Photos and videos are compressed already: stored as they are; only the JSON is squeezed.
  let zip: Zip;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, isFinal) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (isFinal) controller.close();
      });
      const data = new ZipDeflate('your-data.json', { level: 6 });
      zip.add(data);
      data.push(json, true);
    },
    // Each pull adds one file (or ends the zip): fflate hands the chunks over at once, so every pull enqueues.
    async pull() {
      for (let media = waiting.shift(); media; media = waiting.shift()) {
        const bytes = await storage.get(media.storageKey);
        if (!bytes) continue;
        const file = new ZipPassThrough(mediaFileName(media.id, media.contentType));
        zip.add(file);
        file.push(bytes, true);
        return;
      }
      if (!isEnded) zip.end();
      isEnded = true;
    },
    cancel() {
      zip.terminate();
    },
  });
  await logYourDataDownload({ actorId: user.id });
  console.info(JSON.stringify({ event: 'your-data.download', userId: user.id, files: 1 + yours.media.length }));

  return new Response(body, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${downloadFileName(yours.name, now)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
