import { cardFocusRing, cn } from './utils';

/*
 * Checkbox and radio cards: the whole card is the <label> around a visually hidden native input, so the
 * target is large and the input still submits in a plain form.
 *
 * Selected styles key off `:has(:checked)` rather than react-aria's data-selected: the real input's
 * checked state is right both before JavaScript loads (when the browser toggles it natively) and after.
 * Every browser that can run Tailwind 4's CSS supports :has(). Selection never relies on colour alone:
 * the border gets thicker and a tick or dot appears.
 */
export const choiceCard = cn(
  'group/choice relative cursor-pointer border-2 border-line bg-paper text-lg text-ink',
  'hover:border-ink',
  'has-checked:border-4 has-checked:border-brand has-checked:bg-brand-soft',
  'forced-colors:border-[ButtonText] forced-colors:has-checked:border-[Highlight]',
  'data-disabled:cursor-not-allowed data-disabled:opacity-60 data-disabled:hover:border-line forced-colors:data-disabled:border-[GrayText] forced-colors:data-disabled:text-[GrayText]',
  cardFocusRing,
);

/**
 * The row layout of a Checkbox or Radio card. Padding shrinks as the border grows, so a card does not
 * jump when it is ticked.
 */
export const choiceCardRow = 'flex min-h-14 items-center gap-4 rounded-md px-4 py-2.5 has-checked:px-3.5 has-checked:py-2';

/** The square box or round button at the start of a card. */
export const choiceIndicator = cn(
  'flex size-8 shrink-0 items-center justify-center border-2 border-ink bg-paper text-white',
  'group-has-checked/choice:border-brand group-has-checked/choice:bg-brand',
  'forced-colors:border-[ButtonText] forced-colors:group-has-checked/choice:border-[Highlight] forced-colors:group-has-checked/choice:bg-[Highlight] forced-colors:group-has-checked/choice:text-[HighlightText]',
);

/** The list of cards inside a group. */
export function choiceList(orientation: 'vertical' | 'horizontal' = 'vertical'): string {
  return cn('mt-2 flex gap-3', orientation === 'horizontal' ? 'flex-row flex-wrap' : 'flex-col');
}

/**
 * Picture cards: two across on a phone, four on a wide screen. Widths are in rem, so with bigger text
 * (My settings, up to 200%) there are fewer, wider cards instead of words spilling out sideways.
 */
export const pictureGrid =
  'grid gap-3 grid-cols-[repeat(auto-fill,minmax(min(100%,10rem),1fr))] lg:grid-cols-[repeat(auto-fill,minmax(min(100%,14rem),1fr))]';

/** A picture card's inside: picture above, words below, centred. */
export const pictureCardLayout = 'flex h-full w-full flex-col items-center gap-2 rounded-lg text-center';
