import 'server-only';
import { mediaStorage } from '@/lib/media/storage';
import { cvPdfFileName, renderCvPdf, type CvPdfItem } from './pdf';

/**
 * The CV as a PDF download. `findPhoto` is the reader's own access rule for one media id (owner, share
 * link or adviser with consent): only photos it returns go in.
 */
export async function cvPdfResponse({
  name,
  items,
  skills,
  findPhoto,
  headers = {},
}: {
  name: string | null;
  items: CvPdfItem[];
  skills: { slug: string; name: string }[];
  findPhoto: (mediaId: string) => Promise<{ storageKey: string; contentType: string } | null>;
  headers?: Record<string, string>;
}): Promise<Response> {
  const photos = new Map<string, Uint8Array>();
  const storage = mediaStorage();
  for (const item of items) {
    if (item.media?.kind !== 'photo' || photos.has(item.media.id)) continue;
    const stored = await findPhoto(item.media.id);
    // Only the JPEGs sharp made on upload (pdfkit reads JPEG and PNG; anything else is left out).
    if (!stored || stored.contentType !== 'image/jpeg') continue;
    const bytes = await storage.get(stored.storageKey);
    if (bytes) photos.set(item.media.id, bytes);
  }
  const pdf = await renderCvPdf({ name, items, skillNames: new Map(skills.map((skill) => [skill.slug, skill.name])), photos });
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${cvPdfFileName(name)}"`,
      'Content-Length': String(pdf.byteLength),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}
