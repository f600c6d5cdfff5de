import { findSkills, getSharedCv, getSharedMedia } from '@/db/queries/portfolio';
import { isShareTokenShape } from '@/lib/cv/share';
import { hashShareToken } from '@/lib/cv/share-token';
import { cvPdfResponse } from '@/lib/cv/pdf-response';
import { mediaNotFound } from '@/lib/media/serve-stored';

/** Anyone with a working share link: that CV as a PDF. Expired, stopped or unknown: not found. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!isShareTokenShape(token)) return mediaNotFound();
  const tokenHash = hashShareToken(token);
  const now = new Date();
  const [cv, skills] = await Promise.all([getSharedCv({ tokenHash, now }), findSkills()]);
  if (!cv) return mediaNotFound();
  return cvPdfResponse({
    name: cv.name,
    items: cv.items,
    skills,
    findPhoto: (mediaId) => getSharedMedia({ tokenHash, mediaId, now }),
    headers: { 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' },
  });
}
