'use client';

import type { ReactNode } from 'react';
import {
  Radio as RACRadio,
  RadioGroup as RACRadioGroup,
  type RadioGroupProps as RACRadioGroupProps,
  type RadioProps as RACRadioProps,
} from 'react-aria-components';
import { choiceCard, choiceCardRow, choiceIndicator, choiceList } from './choice-styles';
import { Description, FieldError, Label, type FieldTextProps } from './field';
import { cn, fieldWrapper } from './utils';

export interface RadioGroupProps
  extends Omit<RACRadioGroupProps, 'children' | 'className' | 'isInvalid' | 'orientation'>,
    FieldTextProps {
  children: ReactNode;
  className?: string;
  /** Replaces the list's layout classes (PictureChoiceGroup lays its cards out in a grid). */
  listClassName?: string;
  isInvalid?: boolean;
  /** "horizontal" suits two short answers such as Yes / No. */
  orientation?: 'vertical' | 'horizontal';
}

/**
 * A labelled set of radio cards (choose one). Renders native radios with `name`, so the choice submits in
 * a plain HTML form and arrow keys work before JavaScript loads. For an ErrorSummary link, give the first
 * Radio the field's `id`.
 */
export function RadioGroup({
  label,
  description,
  errorMessage,
  className,
  listClassName,
  isInvalid,
  orientation = 'vertical',
  validationBehavior = 'aria',
  children,
  ...props
}: RadioGroupProps) {
  return (
    <RACRadioGroup
      {...props}
      orientation={orientation}
      validationBehavior={validationBehavior}
      isInvalid={isInvalid || Boolean(errorMessage)}
      className={cn(fieldWrapper, className)}
    >
      <Label>{label}</Label>
      {description ? <Description>{description}</Description> : null}
      <FieldError>{errorMessage}</FieldError>
      <div className={listClassName ?? choiceList(orientation)}>{children}</div>
    </RACRadioGroup>
  );
}

export interface RadioProps extends Omit<RACRadioProps, 'children' | 'className'> {
  /** The visible label. */
  children: ReactNode;
  className?: string;
}

/** A large, card-like radio button. */
export function Radio({ children, className, ...props }: RadioProps) {
  return (
    <RACRadio {...props} className={cn(choiceCard, choiceCardRow, className)}>
      <span className={cn(choiceIndicator, 'rounded-full')}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="invisible size-4 group-has-checked/choice:visible">
          <circle cx="12" cy="12" r="12" fill="currentColor" />
        </svg>
      </span>
      <span className="min-w-0 flex-1">{children}</span>
    </RACRadio>
  );
}
