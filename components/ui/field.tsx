'use client';

import type { ReactNode } from 'react';
import {
  FieldError as RACFieldError,
  Label as RACLabel,
  Text,
  type FieldErrorProps,
  type LabelProps,
} from 'react-aria-components';
import { cn, composeTailwindRenderProps } from './utils';

/** A field's visible label: bold and a step larger than body text. */
export function Label({ className, ...props }: LabelProps) {
  return <RACLabel {...props} className={cn('block text-lg font-bold text-ink', className)} />;
}

/** Hint text under a label (GOV.UK "hint"); react-aria links it to the input with aria-describedby. */
export function Description({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <Text slot="description" className={cn('block text-base text-muted', className)}>
      {children}
    </Text>
  );
}

/**
 * The field's error message. Shown only while the field is invalid; "Error:" is read out but not shown,
 * so the message makes sense without its red colour (GOV.UK pattern).
 */
export function FieldError({ className, children, ...props }: FieldErrorProps) {
  return (
    <RACFieldError {...props} className={composeTailwindRenderProps(className, 'block text-base font-bold text-error')}>
      {(renderProps) => (
        <>
          <span className="sr-only">Error: </span>
          {typeof children === 'function' ? children(renderProps) : (children ?? renderProps.validationErrors.join(' '))}
        </>
      )}
    </RACFieldError>
  );
}

/** Props every labelled field in the design system takes. */
export interface FieldTextProps {
  /** The visible label. Required: every field needs one. */
  label: ReactNode;
  /** Hint text shown under the label. */
  description?: ReactNode;
  /** The message to show when the server (or the page) found a problem. Makes the field invalid. */
  errorMessage?: ReactNode;
}
