'use client';

import {
  Input,
  TextArea as RACTextArea,
  TextField as RACTextField,
  type TextFieldProps as RACTextFieldProps,
} from 'react-aria-components';
import { Description, FieldError, Label, type FieldTextProps } from './field';
import { cn, composeTailwindRenderProps, fieldWrapper, inputFocusRing } from './utils';

/** How wide the box is, as a hint of how long the answer should be (GOV.UK input widths). */
export type FieldWidth = 'full' | 'medium' | 'short';

const widths: Record<FieldWidth, string> = {
  full: 'w-full max-w-xl',
  medium: 'w-full max-w-[20ch]',
  short: 'w-full max-w-[10ch]',
};

const boxClasses = cn(
  'block min-h-12 rounded-none border-2 border-ink bg-paper px-3 py-2 text-lg text-ink',
  inputFocusRing,
  'data-invalid:border-4 data-invalid:border-error data-invalid:px-2.5',
  'data-disabled:cursor-not-allowed data-disabled:border-line data-disabled:bg-canvas data-disabled:text-muted forced-colors:data-disabled:border-[GrayText] forced-colors:data-disabled:text-[GrayText]',
);

/*
 * Placeholders are left out on purpose: they vanish as people type and are often too faint to read.
 * Put examples in the description instead.
 */
type SharedProps = Omit<RACTextFieldProps, 'children' | 'className' | 'isInvalid'> &
  FieldTextProps & {
    className?: string;
    /** Shows the field as invalid without a message of its own (the message is elsewhere). */
    isInvalid?: boolean;
  };

export interface TextFieldProps extends SharedProps {
  width?: FieldWidth;
}

/**
 * A labelled text input. Renders a real <input name=…>, so it submits in a plain HTML form without
 * JavaScript. Give it an `id` when an ErrorSummary needs to link to it. Validation is shown with aria
 * (not the browser's own bubbles): the server decides what is wrong.
 */
export function TextField({
  label,
  description,
  errorMessage,
  width = 'full',
  className,
  isInvalid,
  validationBehavior = 'aria',
  ...props
}: TextFieldProps) {
  return (
    <RACTextField
      {...props}
      validationBehavior={validationBehavior}
      isInvalid={isInvalid || Boolean(errorMessage)}
      className={composeTailwindRenderProps(className, fieldWrapper)}
    >
      <Label>{label}</Label>
      {description ? <Description>{description}</Description> : null}
      <FieldError>{errorMessage}</FieldError>
      <Input className={cn(boxClasses, widths[width])} />
    </RACTextField>
  );
}

export interface TextAreaProps extends SharedProps {
  /** Visible lines of text. */
  rows?: number;
}

/** A labelled multi-line text box; the same rules as TextField. */
export function TextArea({
  label,
  description,
  errorMessage,
  rows = 5,
  className,
  isInvalid,
  validationBehavior = 'aria',
  ...props
}: TextAreaProps) {
  return (
    <RACTextField
      {...props}
      validationBehavior={validationBehavior}
      isInvalid={isInvalid || Boolean(errorMessage)}
      className={composeTailwindRenderProps(className, fieldWrapper)}
    >
      <Label>{label}</Label>
      {description ? <Description>{description}</Description> : null}
      <FieldError>{errorMessage}</FieldError>
      <RACTextArea rows={rows} className={cn(boxClasses, 'w-full max-w-2xl resize-y')} />
    </RACTextField>
  );
}
