import { cn } from './utils';

export type ButtonVariant = 'primary' | 'secondary' | 'warning';

/*
 * Shared by Button (react-aria, a <button>) and LinkButton (a plain link), so an action and a
 * navigation look alike. Every variant keeps a 2px border: in Windows high contrast the fill disappears
 * and the border is what still shows the button's edge.
 */
const base =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-md border-2 px-5 py-2 text-center text-lg font-bold leading-snug no-underline transition-colors forced-colors:border-[ButtonText]';

const variants: Record<ButtonVariant, string> = {
  primary: 'border-brand bg-brand text-white hover:border-brand-dark hover:bg-brand-dark hover:text-white',
  secondary: 'border-brand bg-paper text-brand hover:bg-brand-soft hover:text-brand-dark',
  warning: 'border-error bg-error text-white hover:border-[#8c1d17] hover:bg-[#8c1d17] hover:text-white',
};

export function buttonClasses(variant: ButtonVariant = 'primary', className?: string): string {
  return cn(base, variants[variant], className);
}
