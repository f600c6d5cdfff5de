'use client';

import { useEffect, useId, useRef } from 'react';
import { cn } from './utils';

export interface FieldErrorItem {
  /** The id of the input to jump to (for a radio or checkbox group, its first option's id). */
  field: string;
  /** The same words as the field's own error message, saying what to do. */
  message: string;
}

export interface ErrorSummaryProps {
  errors: FieldErrorItem[];
  /** Move focus here when shown. Leave on for a failed submit; turn off only for static examples. */
  shouldFocus?: boolean;
  className?: string;
}

/**
 * GOV.UK error summary: put it at the top of the form (first thing in <main>) after a failed submit.
 * It takes focus so screen readers read it and keyboard users land on it; each link jumps to its field
 * (a plain #fragment link, which focuses the input without JavaScript). Renders nothing when empty.
 * Also prefix the page title with "Error: ".
 */
export function ErrorSummary({ errors, shouldFocus = true, className }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasErrors = errors.length > 0;
  const errorKey = errors.map((error) => `${error.field}:${error.message}`).join('|');

  useEffect(() => {
    if (hasErrors && shouldFocus) ref.current?.focus();
  }, [hasErrors, shouldFocus, errorKey]);

  if (!hasErrors) return null;

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className={cn('mb-8 border-4 border-error bg-paper p-4 sm:p-5 forced-colors:border-[CanvasText]', className)}
    >
      <h2 id={titleId} className="text-2xl font-bold">
        There is a problem
      </h2>
      <ul className="mt-3 flex flex-col gap-1">
        {errors.map((error) => (
          <li key={`${error.field}-${error.message}`}>
            <a
              href={`#${error.field}`}
              className="inline-flex min-h-11 items-center font-bold text-error hover:text-error visited:text-error"
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
