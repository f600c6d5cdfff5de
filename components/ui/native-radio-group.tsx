import type { ReactNode } from 'react';
import { cn } from './utils';

export interface NativeRadioGroupProps {
  name: string;
  legend: string;
  hint?: string;
  value: string;
  options: readonly { value: string; label: string; preview?: ReactNode }[];
  className?: string;
}

/**
 * A fieldset of browser radio buttons, for forms that must work before (or without) JavaScript, where the
 * react-aria RadioGroup could not show which one is chosen. Server component; large 44px+ targets, the
 * whole row is the label, and the chosen row is marked by more than colour (a thick border and a tick).
 */
export function NativeRadioGroup({ name, legend, hint, value, options, className }: NativeRadioGroupProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset className={cn('flex flex-col gap-2', className)} aria-describedby={hintId}>
      <legend className="mb-1 text-xl font-bold text-ink">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-12 cursor-pointer items-center gap-3 border-2 border-line bg-paper px-3 py-2 text-ink has-[:checked]:border-4 has-[:checked]:border-ink has-[:checked]:font-bold has-[:focus-visible]:shadow-[0_0_0_4px_var(--color-focus)]"
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={option.value === value}
              className="size-6 shrink-0 accent-brand"
            />
            <span className="flex flex-col">
              <span>{option.label}</span>
              {option.preview ? <span aria-hidden="true">{option.preview}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
