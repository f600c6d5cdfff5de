import { Picture } from '@/components/ui/picture';
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { choiceCard, pictureCardLayout, pictureGrid } from './choice-styles';
import { CheckIcon } from './icons';
import { cn, fieldWrapper } from './utils';

/*
 * The selectable half of the picture cards, in plain HTML: a fieldset of <label>s, each around a visually
 * hidden native checkbox or radio. No client JavaScript, so a card ticked while the page is still loading
 * stays ticked (react-aria's cards were reset when it hydrated: decision 008, docs/performance.md), and
 * the page ships less JavaScript. Selected styles key off :has(:checked), as the other choice cards do.
 * PictureChoiceGroup and PictureChoiceCard (picture-choice-card.tsx) are the public API.
 */

type FieldProps = {
  /** The form field name every card submits under. */
  name: string;
  /** The question, shown as the group's legend. */
  label: ReactNode;
  /** Hint text under the question. */
  description?: ReactNode;
  /** The message to show when the server found a problem with the answer. */
  errorMessage?: ReactNode;
  isRequired?: boolean;
  isDisabled?: boolean;
  className?: string;
  children: ReactNode;
};

export type PictureChoiceFieldGroupProps =
  | ({ selectionMode: 'single'; defaultValue?: string | null } & FieldProps)
  | ({ selectionMode: 'multiple'; defaultValue?: readonly string[] } & FieldProps);

/** What the group tells each of its cards: how to submit and whether it starts ticked. */
export type PictureChoiceFromGroup = {
  inputType: 'checkbox' | 'radio';
  name: string;
  isChecked: boolean;
  isRequired?: boolean;
  isGroupDisabled?: boolean;
};

export function PictureChoiceFieldGroup(props: PictureChoiceFieldGroupProps) {
  const { name, label, description, errorMessage, isRequired, isDisabled, className, children } = props;
  const chosen = new Set<string>(
    props.selectionMode === 'single' ? (props.defaultValue ? [props.defaultValue] : []) : (props.defaultValue ?? []),
  );
  const hintId = description ? `${name}-hint` : undefined;
  const errorId = errorMessage ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={cn(fieldWrapper, errorMessage ? 'border-l-4 border-error pl-4' : undefined, className)}
      aria-describedby={describedBy}
      aria-invalid={errorMessage ? true : undefined}
      disabled={isDisabled}
    >
      <legend className="block text-lg font-bold text-ink">{label}</legend>
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
      <div className={cn('mt-2', pictureGrid)}>
        {Children.map(children, (child) => {
          if (!isValidElement<{ value?: string } & Partial<PictureChoiceFromGroup>>(child)) return child;
          const fromGroup: PictureChoiceFromGroup = {
            inputType: props.selectionMode === 'single' ? 'radio' : 'checkbox',
            name,
            isChecked: child.props.value !== undefined && chosen.has(child.props.value),
            isRequired: isRequired && props.selectionMode === 'single',
            isGroupDisabled: isDisabled,
          };
          return cloneElement(child as ReactElement<Partial<PictureChoiceFromGroup>>, fromGroup);
        })}
      </div>
    </fieldset>
  );
}

export interface PictureChoiceOptionProps extends Partial<PictureChoiceFromGroup> {
  value: string;
  label: string;
  description?: string;
  imageSrc: string;
  imageAlt: string;
  imageWidth: number;
  imageHeight: number;
  id?: string;
  isDisabled?: boolean;
}

export function PictureChoiceOption({
  value,
  label,
  description,
  imageSrc,
  imageAlt,
  imageWidth,
  imageHeight,
  id,
  isDisabled,
  inputType = 'checkbox',
  name,
  isChecked,
  isRequired,
}: PictureChoiceOptionProps) {
  return (
    <label
      className={cn(
        choiceCard,
        pictureCardLayout,
        'px-3 pt-4 pb-3 has-checked:px-2.5 has-checked:pt-3.5 has-checked:pb-2.5',
        'has-disabled:cursor-not-allowed has-disabled:opacity-60 has-disabled:hover:border-line',
      )}
    >
      <input
        type={inputType}
        id={id}
        name={name}
        value={value}
        defaultChecked={isChecked}
        required={isRequired}
        disabled={isDisabled}
        className="sr-only"
      />
      <span
        className={cn(
          'absolute top-2 right-2 flex size-8 items-center justify-center border-2 border-ink bg-paper text-white',
          inputType === 'radio' ? 'rounded-full' : 'rounded-sm',
          'group-has-checked/choice:border-brand group-has-checked/choice:bg-brand',
          'forced-colors:border-[ButtonText] forced-colors:group-has-checked/choice:border-[Highlight] forced-colors:group-has-checked/choice:bg-[Highlight] forced-colors:group-has-checked/choice:text-[HighlightText]',
        )}
      >
        <CheckIcon className="invisible size-6 group-has-checked/choice:visible" />
      </span>
      <Picture src={imageSrc} alt={imageAlt} width={imageWidth} height={imageHeight} className="size-20 sm:size-24" />
      <span className="font-bold">{label}</span>
      {description ? <span className="text-base text-muted">{description}</span> : null}
    </label>
  );
}
