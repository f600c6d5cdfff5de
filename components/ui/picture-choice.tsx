'use client';

import Image from 'next/image';
import { createContext, useContext } from 'react';
import { Checkbox as RACCheckbox, Radio as RACRadio } from 'react-aria-components';
import { CheckboxGroup, type CheckboxGroupProps } from './checkbox';
import { choiceCard, pictureCardLayout, pictureGrid } from './choice-styles';
import { CheckIcon } from './icons';
import { RadioGroup, type RadioGroupProps } from './radio-group';
import { cn } from './utils';

/*
 * The selectable half of the picture cards. PictureChoiceGroup and PictureChoiceCard (picture-choice-card.tsx)
 * are the public API; this file holds the parts that need react-aria on the client.
 */

type SelectionMode = 'single' | 'multiple';
const SelectionModeContext = createContext<SelectionMode | null>(null);

export type PictureChoiceFieldGroupProps =
  | ({ selectionMode: 'single' } & Omit<RadioGroupProps, 'orientation' | 'listClassName'>)
  | ({ selectionMode: 'multiple' } & Omit<CheckboxGroupProps, 'orientation' | 'listClassName'>);

export function PictureChoiceFieldGroup(props: PictureChoiceFieldGroupProps) {
  if (props.selectionMode === 'single') {
    const { selectionMode, ...rest } = props;
    return (
      <SelectionModeContext.Provider value={selectionMode}>
        <RadioGroup {...rest} listClassName={cn('mt-2', pictureGrid)} />
      </SelectionModeContext.Provider>
    );
  }
  const { selectionMode, ...rest } = props;
  return (
    <SelectionModeContext.Provider value={selectionMode}>
      <CheckboxGroup {...rest} listClassName={cn('mt-2', pictureGrid)} />
    </SelectionModeContext.Provider>
  );
}

export interface PictureChoiceOptionProps {
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
}: PictureChoiceOptionProps) {
  const mode = useContext(SelectionModeContext);
  const Choice = mode === 'single' ? RACRadio : RACCheckbox;
  return (
    <Choice
      id={id}
      value={value}
      isDisabled={isDisabled}
      className={cn(choiceCard, pictureCardLayout, 'px-3 pt-4 pb-3 has-checked:px-2.5 has-checked:pt-3.5 has-checked:pb-2.5')}
    >
      <span
        className={cn(
          'absolute top-2 right-2 flex size-8 items-center justify-center border-2 border-ink bg-paper text-white',
          mode === 'single' ? 'rounded-full' : 'rounded-sm',
          'group-has-checked/choice:border-brand group-has-checked/choice:bg-brand',
          'forced-colors:border-[ButtonText] forced-colors:group-has-checked/choice:border-[Highlight] forced-colors:group-has-checked/choice:bg-[Highlight] forced-colors:group-has-checked/choice:text-[HighlightText]',
        )}
      >
        <CheckIcon className="invisible size-6 group-has-checked/choice:visible" />
      </span>
      <Image src={imageSrc} alt={imageAlt} width={imageWidth} height={imageHeight} className="size-20 sm:size-24" />
      <span className="font-bold">{label}</span>
      {description ? <span className="text-base text-muted">{description}</span> : null}
    </Choice>
  );
}
