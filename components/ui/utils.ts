/*
 * Shared class strings and helpers for the design system. Plain module (no 'use client', no
 * react-aria-components import) so server components such as LinkButton can use it too.
 */

/** Joins class names, skipping empty ones. No conflict merging: keep callers' classes additive. */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}

/**
 * Adds our classes to a react-aria-components `className`, which may be a string or a function of the
 * component's render state (the pattern from the react-aria-components Tailwind starter).
 */
export function composeTailwindRenderProps<T>(
  className: string | ((values: T) => string) | undefined,
  base: string,
): string | ((values: T) => string) {
  if (typeof className === 'function') return (values: T) => cn(base, className(values));
  return cn(base, className);
}

/*
 * The one focus style, as in globals.css: a dark outline inside a yellow bar. Components whose focused
 * element is hidden (checkbox and radio cards) or that react-aria manages use these, driven by
 * react-aria's data-focus-visible. Box shadows vanish in Windows high contrast, so the outline carries
 * the focus there.
 */
export const focusRing =
  'outline-none data-focus-visible:outline-3 data-focus-visible:outline-solid data-focus-visible:outline-ink data-focus-visible:shadow-[0_0_0_6px_var(--color-focus)] forced-colors:data-focus-visible:outline-[Highlight]';

/** The same ring for text inputs, shown on every focus (mouse too), as GOV.UK does. */
export const inputFocusRing =
  'outline-none data-focused:outline-3 data-focused:outline-solid data-focused:outline-ink data-focused:shadow-[0_0_0_6px_var(--color-focus)] forced-colors:data-focused:outline-[Highlight]';

/**
 * The ring for a card (a <label>) whose real input is visually hidden. The `has-focus-visible` half
 * covers the page before JavaScript loads, when react-aria has not yet set data-focus-visible.
 */
export const cardFocusRing = cn(
  focusRing,
  'has-focus-visible:outline-3 has-focus-visible:outline-solid has-focus-visible:outline-ink has-focus-visible:shadow-[0_0_0_6px_var(--color-focus)] forced-colors:has-focus-visible:outline-[Highlight]',
);

/** A text field's wrapper: a thick red bar down the left when invalid, as in GOV.UK. */
export const fieldWrapper =
  'flex flex-col gap-1 data-invalid:border-l-4 data-invalid:border-error data-invalid:pl-4';
