import { Picture } from '@/components/ui/picture';
import type { ReactNode } from 'react';
import { ListenButton } from '@/components/read-aloud/listen-button';
import { cn } from '@/components/ui/utils';

export interface GuideStepProps {
  /** Names the step; also the section's accessible name. */
  heading: string;
  /** 2 for a step of the page, 3 for a choice inside a step. */
  headingLevel?: 2 | 3;
  /** A picture under public/ that shows what the step is about. Decorative: the heading says it. */
  imageSrc: string;
  /** Short sentences, one idea each. */
  children: ReactNode;
  className?: string;
}

/**
 * One step of a short guide ("Try a taster day"): a picture beside a heading and a few plain sentences, so
 * someone who finds reading hard can follow the page by its pictures and headings alone, or hear one step.
 */
export function GuideStep({ heading, headingLevel = 2, imageSrc, children, className }: GuideStepProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `step-${heading.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section id={`${id}-section`} aria-labelledby={id} className={cn('flex items-start gap-4', className)}>
      <Picture src={imageSrc} alt="" width={80} height={80} className="size-16 shrink-0 sm:size-20" />
      <div className="min-w-0 max-w-prose">
        <Heading id={id} className={headingLevel === 2 ? 'text-2xl font-bold' : 'text-xl font-bold'}>
          {heading}
        </Heading>
        <div className="mt-2 flex flex-col gap-2">{children}</div>
        <div className="mt-2">
          <ListenButton targetId={`${id}-section`} label={heading} />
        </div>
      </div>
    </section>
  );
}
