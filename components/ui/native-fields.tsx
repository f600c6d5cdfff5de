import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { buttonClasses } from './button-styles';
import { choiceCard, choiceCardRow, choiceIndicator, choiceList } from './choice-styles';
import { CheckIcon } from './icons';
import { cn } from './utils';

/*
 * Plain-HTML fields: text boxes everywhere (components/ui/text-field.tsx re-exports them), and the twins of
 * the react-aria checkboxes and radios for GET search forms on public pages. They look the same (same
 * borders, 44px+ targets, focus ring, "Error:" read out) but ship no JavaScript, work before the page has
 * loaded, and keep whatever was typed or ticked meanwhile.
 */

/** The same ring as inputFocusRing, keyed off the browser's own :focus (no react-aria data attributes). */
const nativeInputFocusRing =
  'outline-none focus:outline-3 focus:outline-solid focus:outline-ink focus:shadow-[0_0_0_6px_var(--color-focus)] forced-colors:focus:outline-[Highlight]';

/** For a <button>: the ring shows on keyboard focus only, like react-aria's focus-visible. */
const nativeButtonFocusRing =
  'outline-none focus-visible:outline-3 focus-visible:outline-solid focus-visible:outline-ink focus-visible:shadow-[0_0_0_6px_var(--color-focus)] forced-colors:focus-visible:outline-[Highlight]';

const widths = { full: 'w-full max-w-xl', medium: 'w-full max-w-[20ch]', short: 'w-full max-w-[10ch]' } as const;

/** How wide the box is, as a hint of how long the answer should be (GOV.UK input widths). */
export type FieldWidth = keyof typeof widths;

const boxClasses =
  'block min-h-12 rounded-none border-2 border-ink bg-paper px-3 py-2 text-lg text-ink disabled:cursor-not-allowed disabled:border-line disabled:bg-canvas disabled:text-muted forced-colors:disabled:border-[GrayText] forced-colors:disabled:text-[GrayText]';
const invalidBoxClasses = 'border-4 border-error px-2.5';

type FieldText = { id: string; label: ReactNode; description?: ReactNode; errorMessage?: ReactNode };

/** The label, hint and error message around one input (GOV.UK pattern); gives the input its aria attributes. */
function LabelledField({
  id,
  label,
  description,
  errorMessage,
  className,
  children,
}: FieldText & { className?: string; children: (aria: { 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode }) {
  const hintId = description ? `${id}-hint` : undefined;
  const errorId = errorMessage ? `${id}-error` : undefined;
  return (
    <div className={cn('flex flex-col gap-1', errorMessage ? 'border-l-4 border-error pl-4' : undefined, className)}>
      <label id={`${id}-label`} htmlFor={id} className="block text-lg font-bold text-ink">
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
      {children({
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
        'aria-invalid': errorMessage ? true : undefined,
      })}
    </div>
  );
}

export interface NativeTextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'width'>, FieldText {
  name: string;
  width?: FieldWidth;
}

/**
 * A labelled text input with an optional hint and error message. Uncontrolled: what was typed before the
 * page's scripts loaded is kept (decision 008). Placeholders are left out on purpose: they vanish as people
 * type and are often too faint to read; put examples in the description.
 */
export function NativeTextField({ id, name, label, description, errorMessage, width = 'full', className, ...props }: NativeTextFieldProps) {
  return (
    <LabelledField id={id} label={label} description={description} errorMessage={errorMessage} className={className}>
      {(aria) => (
        <input
          {...props}
          {...aria}
          id={id}
          name={name}
          className={cn(boxClasses, nativeInputFocusRing, errorMessage ? invalidBoxClasses : undefined, widths[width])}
        />
      )}
    </LabelledField>
  );
}

export interface NativeTextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'>, FieldText {
  name: string;
}

/** A labelled multi-line text box; the same rules as NativeTextField. */
export function NativeTextArea({ id, name, label, description, errorMessage, rows = 5, className, ...props }: NativeTextAreaProps) {
  return (
    <LabelledField id={id} label={label} description={description} errorMessage={errorMessage} className={className}>
      {(aria) => (
        <textarea
          {...props}
          {...aria}
          id={id}
          name={name}
          rows={rows}
          className={cn(boxClasses, nativeInputFocusRing, errorMessage ? invalidBoxClasses : undefined, 'w-full max-w-2xl resize-y')}
        />
      )}
    </LabelledField>
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
