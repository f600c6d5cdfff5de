import { getOwnStoredMedia } from '@/db/queries/media';
import { findSkills, getOwnCv } from '@/db/queries/portfolio';
import { requireYoungPerson } from '@/lib/auth/session';
import { cvPdfResponse } from '@/lib/cv/pdf-response';
import { mediaNotFound } from '@/lib/media/serve-stored';

/** The owner only: My CV (the items shown on it) as a PDF file to download. */
export async function GET() {
  const user = await requireYoungPerson('/cv/my-cv');
  const [cv, skills] = await Promise.all([getOwnCv({ actorId: user.id }), findSkills()]);
  if (!cv) return mediaNotFound();
  return cvPdfResponse({ name: cv.name, items: cv.items, skills, findPhoto: (mediaId) => getOwnStoredMedia({ actorId: user.id, mediaId }) });
}
