import PDFDocument from 'pdfkit';
import { formatDateOnly } from '@/lib/courses/words';
import type { MediaKind } from '@/lib/media/rules';
import { CV_SECTIONS, type CvSection } from './sections';

/**
 * My CV as a PDF, made on the server with pdfkit and its built-in Helvetica (no browser, no font files of
 * our own). Same content and order as the CV page (components/cv/cv-document.tsx): name, then each part
 * that has something in it. Photos are the JPEGs sharp already re-encoded without location data.
 */
export type CvPdfItem = {
  section: CvSection;
  title: string;
  body: string;
  happenedOn: string | null;
  place: string;
  grade: string;
  skillSlugs: string[];
  media: { id: string; kind: MediaKind; transcript: string; transcriptWriter?: string | null } | null;
};

export type CvPdfInput = {
  name: string | null;
  items: CvPdfItem[];
  skillNames: ReadonlyMap<string, string>;
  /** Photo bytes by media id, for the photos to put in (the caller has already checked who may see them). */
  photos: ReadonlyMap<string, Uint8Array>;
};

// The standard PDF fonts only know Windows-1252 letters; anything else (emoji, other alphabets) would print as
// the wrong letter, so it becomes a plain question mark instead.
const WIN_ANSI_EXTRAS = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);

export function toStandardFontText(text: string): string {
  return [...text].map((char) => (char.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRAS.has(char) ? char : '?')).join('');
}

const INK = '#0b0c0c';
const MUTED = '#505a5f';

export async function renderCvPdf({ name, items, skillNames, photos }: CvPdfInput): Promise<Buffer> {
  const title = toStandardFontText(name ?? 'My CV');
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `CV: ${title}`, Author: title, Creator: 'Next Steps' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const write = (text: string, font: string, size: number, color = INK, gap = 0.3) => {
    doc.font(font).fontSize(size).fillColor(color).text(toStandardFontText(text), { width });
    doc.moveDown(gap);
  };

  write(title, 'Helvetica-Bold', 24, INK, 0.5);
  const sections = CV_SECTIONS.map((info) => ({ info, items: items.filter((item) => item.section === info.section) })).filter(
    (section) => section.items.length > 0,
  );
  if (sections.length === 0) write('There is nothing on this CV yet.', 'Helvetica', 12);

  for (const { info, items: sectionItems } of sections) {
    doc.moveDown(0.5);
    write(info.heading, 'Helvetica-Bold', 16, INK, 0.1);
    doc.moveTo(doc.page.margins.left, doc.y).lineTo(doc.page.margins.left + width, doc.y).lineWidth(1.5).strokeColor(INK).stroke();
    doc.moveDown(0.5);
    for (const item of sectionItems) {
      write(item.title, 'Helvetica-Bold', 13, INK, 0.15);
      const facts = [item.happenedOn ? formatDateOnly(item.happenedOn) : '', item.place, item.grade ? `Grade: ${item.grade}` : ''].filter(Boolean);
      if (facts.length > 0) write(facts.join(' - '), 'Helvetica', 11, MUTED, 0.2);
      if (item.body) write(item.body, 'Helvetica', 11);
      const photo = item.media?.kind === 'photo' ? photos.get(item.media.id) : undefined;
      if (photo) {
        const height = 180;
        if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
        doc.image(Buffer.from(photo), doc.page.margins.left, doc.y, { fit: [260, height] });
        doc.y += height + 8;
      }
      if (item.media && item.media.kind !== 'photo') {
        const label = item.media.kind === 'audio' ? 'Voice note' : 'Video';
        write(`${label}: you can play it on the online CV.`, 'Helvetica-Oblique', 10, MUTED, 0.1);
        if (item.media.transcript) {
          const writer = item.media.transcriptWriter ? ` (written by ${item.media.transcriptWriter}, adviser)` : '';
          write(`${item.media.kind === 'audio' ? 'What I say' : 'Captions'}${writer}: ${item.media.transcript}`, 'Helvetica', 11);
        }
      }
      const skills = item.skillSlugs.map((slug) => skillNames.get(slug)).filter((skill): skill is string => Boolean(skill));
      if (skills.length > 0) write(`Skills I used: ${skills.join(', ')}`, 'Helvetica', 11);
      doc.moveDown(0.6);
    }
  }
  doc.end();
  return finished;
}

/** "Jade Ahmed" → "jade-ahmed-cv.pdf", safe in a Content-Disposition header. */
export function cvPdfFileName(name: string | null): string {
  const slug = (name ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug ? `${slug}-cv.pdf` : 'cv.pdf';
}
