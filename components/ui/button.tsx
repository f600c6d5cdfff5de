'use client';

import { Button as RACButton, type ButtonProps as RACButtonProps } from 'react-aria-components';
import { buttonClasses, type ButtonVariant } from './button-styles';
import { cn, composeTailwindRenderProps, focusRing } from './utils';

export interface ButtonProps extends Omit<RACButtonProps, 'isPending'> {
  /** primary: the one main action on a page; secondary: other actions; warning: deletes or cannot be undone. */
  variant?: ButtonVariant;
  /** The form is being sent: the button shows it is busy and ignores more presses. */
  isPending?: boolean;
}

/**
 * A button for actions (submit, open, save). For going to another page use LinkButton, which works
 * before JavaScript loads. Defaults to type="button"; pass type="submit" inside a form.
 */
export function Button({ variant = 'primary', className, type = 'button', isPending = false, onPress, ...props }: ButtonProps) {
  // Not react-aria's own isPending: it announces through a live-region node labelled by the button, and when
  // the action navigates away that label is gone, leaving a nameless role="img" behind (an axe failure).
  return (
    <RACButton
      {...props}
      onPress={isPending ? undefined : onPress}
      type={type}
      data-pending={isPending || undefined}
      className={composeTailwindRenderProps(
        className,
        cn(
          buttonClasses(variant),
          focusRing,
          'cursor-pointer data-pressed:translate-y-px',
          'data-disabled:cursor-not-allowed data-disabled:opacity-60 forced-colors:data-disabled:border-[GrayText] forced-colors:data-disabled:text-[GrayText]',
          'data-pending:cursor-wait',
        ),
      )}
    />
  );
}
