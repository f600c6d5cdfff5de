import Link from 'next/link';
import type { ComponentProps } from 'react';
import { buttonClasses, type ButtonVariant } from './button-styles';

export interface LinkButtonProps extends ComponentProps<typeof Link> {
  variant?: ButtonVariant;
}

/**
 * A link that looks like a button, for going somewhere ("Start now", "Find a course"). A real link, so it
 * works without JavaScript, opens in a new tab and is announced as a link. Focus uses the global
 * :focus-visible style.
 */
export function LinkButton({ variant = 'primary', className, ...props }: LinkButtonProps) {
  return <Link {...props} className={buttonClasses(variant, className)} />;
}
