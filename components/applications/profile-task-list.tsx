import Link from 'next/link';
import {
  PROFILE_SECTION_WORDS,
  PROFILE_SECTIONS,
  PROGRESS_WORDS,
  type ProfileValues,
  sectionProgress,
} from '@/lib/applications/profile';
import { cn } from '@/components/ui/utils';

const TAG_CLASSES = {
  not_started: 'border-ink bg-paper text-ink',
  in_progress: 'border-brand bg-brand-soft text-brand-dark',
  done: 'border-success bg-paper text-success',
} as const;

/**
 * The profile's sections with how far along each is (GOV.UK task list). `next` brings the person back to
 * where they were (an application) after editing a section.
 */
export function ProfileTaskList({ profile, next }: { profile: ProfileValues; next?: string }) {
  return (
    <ul aria-label="Parts of your profile" className="mt-6 flex flex-col border-t-2 border-line">
      {PROFILE_SECTIONS.map((section) => {
        const progress = sectionProgress(profile, section);
        const href = `/applications/profile/${section}${next ? `?next=${encodeURIComponent(next)}` : ''}`;
        return (
          <li key={section} className="flex flex-wrap items-center justify-between gap-2 border-b-2 border-line py-3">
            <Link href={href} aria-describedby={`progress-${section}`} className="inline-flex min-h-11 items-center text-lg font-bold">
              {PROFILE_SECTION_WORDS[section].title}
            </Link>
            <strong id={`progress-${section}`} className={cn('border-2 px-2 py-1 text-base', TAG_CLASSES[progress])}>
              {PROGRESS_WORDS[progress]}
            </strong>
          </li>
        );
      })}
    </ul>
  );
}
