import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { type ActionStepPicture, STEP_PICTURES, type StepLink } from '@/lib/action-plans/status';
import { describeDue } from '@/lib/action-plans/words';

export type PlanStepView = {
  id: string;
  text: string;
  picture: ActionStepPicture | null;
  links: StepLink[];
  dueOn: string;
  status: 'to_do' | 'done';
};

/**
 * One step of an action plan, the same for the young person and their adviser: a picture with its words, the
 * step in plain words, when to do it by, and its links. `actions` are the buttons under it (tick, change…).
 */
export function PlanStep({
  step,
  today,
  now,
  headingLevel = 3,
  href,
  actions,
}: {
  step: PlanStepView;
  today: string;
  now: Date;
  headingLevel?: 2 | 3;
  /** Where the step's words link to (its own page), if anywhere. */
  href?: string;
  actions?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const picture = step.picture ? STEP_PICTURES[step.picture] : null;
  const isDone = step.status === 'done';
  return (
    <article className={`flex flex-col gap-3 border-l-8 bg-paper p-4 ${isDone ? 'border-line' : 'border-brand'}`}>
      <div className="flex items-start gap-4">
        {picture ? (
          <figure className="flex w-20 shrink-0 flex-col items-center text-center text-base">
            {/* The words under the picture say what it is: the picture itself adds nothing for a screen reader. */}
            <Picture src={picture.src} alt="" width={64} height={64} className="size-16" />
            <figcaption>{picture.label}</figcaption>
          </figure>
        ) : null}
        <div className="min-w-0 flex-1">
          <Heading className="text-xl font-bold">
            {href ? (
              <Link href={href} className="inline-flex min-h-11 items-center">
                {step.text}
              </Link>
            ) : (
              step.text
            )}
          </Heading>
          <p className="mt-1">{isDone ? 'Done' : describeDue(step.dueOn, today, now)}</p>
          {step.links.length > 0 ? (
            <ul className="mt-2 flex flex-col" aria-label={`Links for: ${step.text}`}>
              {step.links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="inline-flex min-h-11 items-center">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      {actions ? <div className="flex flex-wrap gap-3">{actions}</div> : null}
    </article>
  );
}
