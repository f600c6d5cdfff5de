import { LinkButton } from '@/components/ui/link-button';
import type { StaffRecordView } from '@/db/queries/privacy';

/** Their CV: only when their consent covers it (the CV page checks again and logs the view). */
export function CvSection({ record }: { record: StaffRecordView }) {
  if (!record.parts.includes('cv')) return null;
  return (
    <section aria-labelledby="cv-heading" className="mt-8">
      <h2 id="cv-heading" className="text-2xl font-bold">
        CV
      </h2>
      <p className="mt-2">They let you see their CV. You can write words for their voice notes and videos.</p>
      <p className="mt-4">
        <LinkButton href={`/adviser/young-people/${record.id}/cv`} variant="secondary">
          See their CV
        </LinkButton>
      </p>
    </section>
  );
}
