'use client';

import { Button as RACButton, type ButtonProps as RACButtonProps } from 'react-aria-components';
import { buttonClasses, type ButtonVariant } from './button-styles';
import { cn, composeTailwindRenderProps, focusRing } from './utils';

export interface ButtonProps extends RACButtonProps {
  /** primary: the one main action on a page; secondary: other actions; warning: deletes or cannot be undone. */
  variant?: ButtonVariant;
}

/**
 * A button for actions (submit, open, save). For going to another page use LinkButton, which works
 * before JavaScript loads. Defaults to type="button"; pass type="submit" inside a form.
 */
export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  return (
    <RACButton
      {...props}
      type={type}
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
