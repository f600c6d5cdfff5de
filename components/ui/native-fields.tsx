import type { InputHTMLAttributes, ReactNode } from 'react';
import { buttonClasses } from './button-styles';
import { choiceCard, choiceCardRow, choiceIndicator, choiceList } from './choice-styles';
import { CheckIcon } from './icons';
import { cn } from './utils';

/*
 * Plain-HTML twins of the react-aria fields, for GET search forms on public pages: they look the same
 * (same borders, 44px+ targets, focus ring, "Error:" read out) but ship no JavaScript, work before the
 * page has loaded, and keep whatever was typed or ticked meanwhile. The react-aria fields stay for forms
 * that need client behaviour (server actions with useActionState).
 */

/** The same ring as inputFocusRing, keyed off the browser's own :focus (no react-aria data attributes). */
const nativeInputFocusRing =
  'outline-none focus:outline-3 focus:outline-solid focus:outline-ink focus:shadow-[0_0_0_6px_var(--color-focus)] forced-colors:focus:outline-[Highlight]';

/** For a <button>: the ring shows on keyboard focus only, like react-aria's focus-visible. */
const nativeButtonFocusRing =
  'outline-none focus-visible:outline-3 focus-visible:outline-solid focus-visible:outline-ink focus-visible:shadow-[0_0_0_6px_var(--color-focus)] forced-colors:focus-visible:outline-[Highlight]';

const widths = { full: 'w-full max-w-xl', medium: 'w-full max-w-[20ch]', short: 'w-full max-w-[10ch]' } as const;

export interface NativeTextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'width'> {
  id: string;
  name: string;
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: ReactNode;
  width?: keyof typeof widths;
}

/** A labelled text input with an optional hint and error message (GOV.UK pattern). */
export function NativeTextField({ id, name, label, description, errorMessage, width = 'full', className, ...props }: NativeTextFieldProps) {
  const hintId = description ? `${id}-hint` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  return (
    <div className={cn('flex flex-col gap-1', errorMessage ? 'border-l-4 border-error pl-4' : undefined, className)}>
      <label htmlFor={id} className="block text-lg font-bold text-ink">
        {label}
      </label>
      {description ? (
        <p id={hintId} className="block text-base text-muted">
          {description}
        </p>
      ) : null}
      {errorMessage ? (
        <p id={errorId} className="block text-base font-bold text-error">
          <span className="sr-only">Error: </span>
          {errorMessage}
        </p>
      ) : null}
      <input
        {...props}
        id={id}
        name={name}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={errorMessage ? true : undefined}
        className={cn(
          'block min-h-12 rounded-none border-2 border-ink bg-paper px-3 py-2 text-lg text-ink',
          nativeInputFocusRing,
          errorMessage ? 'border-4 border-error px-2.5' : undefined,
          widths[width],
        )}
      />
    </div>
  );
}

/** A large, card-like checkbox on its own (name and value submit when ticked). */
export function NativeCheckbox({
  id,
  name,
  value = 'yes',
  defaultChecked,
  describedBy,
  children,
}: {
  /** For an error summary link to the box. */
  id?: string;
  name: string;
  value?: string;
  defaultChecked?: boolean;
  describedBy?: string;
  children: ReactNode;
}) {
  return (
    <label className={cn(choiceCard, choiceCardRow)}>
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        aria-describedby={describedBy}
        className="sr-only"
      />
      <span className={cn(choiceIndicator, 'rounded-sm')}>
        <CheckIcon className="invisible size-6 group-has-checked/choice:visible" />
      </span>
      <span className="min-w-0 flex-1">{children}</span>
    </label>
  );
}

/** A labelled set of radio cards (choose one), looking like the react-aria RadioGroup. */
export function NativeRadioCards({
  name,
  label,
  defaultValue,
  options,
  orientation = 'vertical',
}: {
  name: string;
  label: ReactNode;
  defaultValue: string;
  options: readonly { value: string; label: ReactNode }[];
  orientation?: 'vertical' | 'horizontal';
}) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="block text-lg font-bold text-ink">{label}</legend>
      <div className={choiceList(orientation)}>
        {options.map((option) => (
          <label key={option.value} className={cn(choiceCard, choiceCardRow)}>
            <input type="radio" name={name} value={option.value} defaultChecked={option.value === defaultValue} className="sr-only" />
            <span className={cn(choiceIndicator, 'rounded-full')}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="invisible size-4 group-has-checked/choice:visible">
                <circle cx="12" cy="12" r="12" fill="currentColor" />
              </svg>
            </span>
            <span className="min-w-0 flex-1">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The form's submit button, styled as the primary Button. */
export function SubmitButton({ children }: { children: ReactNode }) {
  return (
    <button type="submit" className={cn(buttonClasses('primary'), nativeButtonFocusRing, 'cursor-pointer active:translate-y-px')}>
      {children}
    </button>
  );
}
