'use client';

import type { ReactNode } from 'react';
import {
  Checkbox as RACCheckbox,
  CheckboxGroup as RACCheckboxGroup,
  type CheckboxGroupProps as RACCheckboxGroupProps,
  type CheckboxProps as RACCheckboxProps,
} from 'react-aria-components';
import { choiceCard, choiceCardRow, choiceIndicator, choiceList } from './choice-styles';
import { Description, FieldError, Label, type FieldTextProps } from './field';
import { CheckIcon } from './icons';
import { cn, fieldWrapper } from './utils';

export interface CheckboxGroupProps
  extends Omit<RACCheckboxGroupProps, 'children' | 'className' | 'isInvalid'>,
    FieldTextProps {
  children: ReactNode;
  className?: string;
  /** Replaces the list's layout classes (PictureChoiceGroup lays its cards out in a grid). */
  listClassName?: string;
  isInvalid?: boolean;
  orientation?: 'vertical' | 'horizontal';
}

/**
 * A labelled set of checkboxes ("Select all that apply"). `name` goes on every box, so the ticked values
 * submit in a plain HTML form. For an ErrorSummary link, give the first Checkbox the field's `id`.
 */
export function CheckboxGroup({
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
}: CheckboxGroupProps) {
  return (
    <RACCheckboxGroup
      {...props}
      validationBehavior={validationBehavior}
      isInvalid={isInvalid || Boolean(errorMessage)}
      className={cn(fieldWrapper, className)}
    >
      <Label>{label}</Label>
      {description ? <Description>{description}</Description> : null}
      <FieldError>{errorMessage}</FieldError>
      <div className={listClassName ?? choiceList(orientation)}>{children}</div>
    </RACCheckboxGroup>
  );
}

export interface CheckboxProps extends Omit<RACCheckboxProps, 'children' | 'className'> {
  /** The visible label. */
  children: ReactNode;
  className?: string;
}

/** A large, card-like checkbox. Inside a CheckboxGroup give it a `value`; on its own, a `name`. */
export function Checkbox({ children, className, validationBehavior = 'aria', ...props }: CheckboxProps) {
  return (
    <RACCheckbox
      {...props}
      validationBehavior={validationBehavior}
      className={cn(choiceCard, choiceCardRow, className)}
    >
      <span className={cn(choiceIndicator, 'rounded-sm')}>
        <CheckIcon className="invisible size-6 group-has-checked/choice:visible" />
      </span>
      <span className="min-w-0 flex-1">{children}</span>
    </RACCheckbox>
  );
}
