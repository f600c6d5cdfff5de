import { Picture } from '@/components/ui/picture';
import { CV_SECTIONS } from '@/lib/cv/sections';
import { formatDateOnly } from '@/lib/courses/words';
import type { CvSection } from '@/lib/cv/sections';
import type { MediaKind } from '@/lib/media/rules';
import { MediaView } from './media-view';

export type CvDocumentItem = {
  id: string;
  section: CvSection;
  title: string;
  body: string;
  happenedOn: string | null;
  place: string;
  grade: string;
  skillSlugs: string[];
  media: {
    id: string;
    kind: MediaKind;
    contentType: string;
    width: number | null;
    height: number | null;
    transcript: string;
    transcriptWriter?: string | null;
  } | null;
};

/**
 * A CV as an employer or college reads it: the person's name, then each part that has something in it.
 * Used by My CV (the owner's printable page) and the shared page; `mediaSrc` says where each file is
 * served from for that reader.
 */
export function CvDocument({
  name,
  items,
  skills,
  mediaSrc,
  isSavingData = false,
}: {
  name: string | null;
  items: CvDocumentItem[];
  skills: { slug: string; name: string; imagePath: string }[];
  mediaSrc: (mediaId: string) => string;
  isSavingData?: boolean;
}) {
  const skillBySlug = new Map(skills.map((skill) => [skill.slug, skill]));
  const sections = CV_SECTIONS.map((info) => ({ info, items: items.filter((item) => item.section === info.section) })).filter(
    (section) => section.items.length > 0,
  );
  return (
    <article className="cv-document">
      <h1 className="text-3xl font-bold">{name ?? 'My CV'}</h1>
      {sections.length === 0 ? <p className="mt-4">There is nothing on this CV yet.</p> : null}
      {sections.map(({ info, items: sectionItems }) => (
        <section key={info.section} aria-labelledby={`cv-${info.slug}`} className="mt-8 break-inside-avoid-page">
          <h2 id={`cv-${info.slug}`} className="border-b-2 border-ink pb-1 text-2xl font-bold">
            {info.heading}
          </h2>
          <ul className="mt-4 flex flex-col gap-6">
            {sectionItems.map((item) => (
              <li key={item.id} className="break-inside-avoid">
                <h3 className="text-xl font-bold">{item.title}</h3>
                {item.happenedOn || item.place || item.grade ? (
                  <p className="text-muted">
                    {[item.happenedOn ? formatDateOnly(item.happenedOn) : '', item.place, item.grade ? `Grade: ${item.grade}` : '']
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                ) : null}
                {item.body ? <p className="mt-2 whitespace-pre-line">{item.body}</p> : null}
                {item.media ? (
                  <MediaView
                    src={mediaSrc(item.media.id)}
                    kind={item.media.kind}
                    contentType={item.media.contentType}
                    width={item.media.width}
                    height={item.media.height}
                    transcript={item.media.transcript}
                    transcriptWriter={item.media.transcriptWriter}
                    alt={item.title}
                    isSavingData={isSavingData}
                  />
                ) : null}
                {item.skillSlugs.length > 0 ? (
                  <div className="mt-2">
                    <p className="font-bold">Skills I used</p>
                    <ul className="mt-1 flex flex-wrap gap-2" aria-label={`Skills used for ${item.title}`}>
                      {item.skillSlugs.map((slug) => {
                        const skill = skillBySlug.get(slug);
                        if (!skill) return null;
                        return (
                          <li key={slug} className="inline-flex items-center gap-2 rounded-md border border-line px-2 py-1">
                            <Picture src={skill.imagePath} alt="" width={32} height={32} className="size-8 print:hidden" />
                            {skill.name}
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
