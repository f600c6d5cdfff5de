import type { SelectHTMLAttributes } from 'react';
import { cn } from './utils';

export interface NativeSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** Shown under the label (GOV.UK pattern) and linked to the select. */
  errorMessage?: string;
  options: readonly { value: string; label: string }[];
}

/**
 * A labelled browser <select>, for GET search forms that must work before (or without) JavaScript, where
 * the react-aria Select cannot open. Server component; the browser gives it keyboard and screen reader support.
 */
export function NativeSelect({ id, name, label, hint, errorMessage, options, className, ...props }: NativeSelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('flex flex-col gap-1', errorMessage ? 'border-l-4 border-error pl-4' : undefined, className)}>
      <label htmlFor={id} className="block text-lg font-bold text-ink">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      {errorMessage ? (
        <p id={errorId} className="font-bold text-error">
          <span className="sr-only">Error: </span>
          {errorMessage}
        </p>
      ) : null}
      {/*
        Keyed by its default: after a server action React resets the form, and a <select> would go back to the
        default it was first given, losing the choice the action sent back.
      */}
      <select
        key={String(props.defaultValue ?? '')}
        id={id}
        name={name}
        aria-describedby={describedBy}
        aria-invalid={errorMessage ? true : undefined}
        className="block min-h-12 w-full max-w-xs cursor-pointer border-2 border-ink bg-paper px-3 py-2 text-lg text-ink"
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
