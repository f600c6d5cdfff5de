'use client';

import type { ReactNode } from 'react';
import {
  Button as RACButton,
  ListBox,
  ListBoxItem,
  Popover,
  Select as RACSelect,
  SelectValue,
  type ListBoxItemProps,
  type SelectProps as RACSelectProps,
} from 'react-aria-components';
import { Description, FieldError, Label, type FieldTextProps } from './field';
import { CheckIcon, ChevronDownIcon } from './icons';
import { cn, fieldWrapper, focusRing } from './utils';

export interface SelectProps
  extends Omit<RACSelectProps<object, 'single'>, 'children' | 'className' | 'isInvalid' | 'selectionMode'>,
    FieldTextProps {
  /** SelectItem elements. */
  children: ReactNode;
  className?: string;
  isInvalid?: boolean;
}

/**
 * A labelled drop-down list. With a `name` it renders a hidden native <select>, so the choice submits in a
 * plain HTML form. Opening the list needs JavaScript: where a form must work before scripts load, use a
 * RadioGroup (better anyway for up to about 7 choices). Give it an `id` for an ErrorSummary link.
 */
export function Select({
  label,
  description,
  errorMessage,
  className,
  isInvalid,
  placeholder = 'Choose one',
  validationBehavior = 'aria',
  children,
  ...props
}: SelectProps) {
  return (
    <RACSelect
      {...props}
      placeholder={placeholder}
      validationBehavior={validationBehavior}
      isInvalid={isInvalid || Boolean(errorMessage)}
      className={cn('group', fieldWrapper, className)}
    >
      <Label>{label}</Label>
      {description ? <Description>{description}</Description> : null}
      <FieldError>{errorMessage}</FieldError>
      <RACButton
        className={cn(
          'flex min-h-12 w-full max-w-xl cursor-pointer items-center justify-between gap-3 border-2 border-ink bg-paper px-3 py-2 text-left text-lg text-ink',
          focusRing,
          'group-data-invalid:border-4 group-data-invalid:border-error group-data-invalid:px-2.5',
          'data-disabled:cursor-not-allowed data-disabled:border-line data-disabled:bg-canvas data-disabled:text-muted forced-colors:data-disabled:border-[GrayText] forced-colors:data-disabled:text-[GrayText]',
        )}
      >
        {/* The chosen item's words only: its list markup (the tick column) does not belong in the box. */}
        <SelectValue className="min-w-0 flex-1 data-placeholder:text-muted">
          {({ isPlaceholder, selectedText, defaultChildren }) => (isPlaceholder ? defaultChildren : selectedText)}
        </SelectValue>
        <ChevronDownIcon className="size-6 shrink-0" />
      </RACButton>
      <Popover
        offset={4}
        className="max-h-80 w-(--trigger-width) min-w-64 overflow-auto border-2 border-ink bg-paper shadow-lg outline-none"
      >
        <ListBox className="p-1 outline-none">{children}</ListBox>
      </Popover>
    </RACSelect>
  );
}

export interface SelectItemProps extends Omit<ListBoxItemProps, 'id' | 'children' | 'className'> {
  /** The value submitted with the form. */
  id: string;
  children: ReactNode;
}

/** One choice in a Select. Pass `textValue` when the children are not plain text. */
export function SelectItem({ children, textValue, ...props }: SelectItemProps) {
  return (
    <ListBoxItem
      {...props}
      textValue={textValue ?? (typeof children === 'string' ? children : undefined)}
      className={cn(
        'flex min-h-11 cursor-pointer items-center gap-2 px-3 py-2 text-lg text-ink outline-none',
        'data-focused:bg-brand-soft data-focused:underline data-selected:font-bold',
        'forced-colors:data-focused:bg-[Highlight] forced-colors:data-focused:text-[HighlightText]',
        'data-disabled:cursor-not-allowed data-disabled:text-muted forced-colors:data-disabled:text-[GrayText]',
      )}
    >
      {({ isSelected }) => (
        <>
          <span className="flex size-6 shrink-0 items-center justify-center">
            {isSelected ? <CheckIcon className="size-6" /> : null}
          </span>
          <span>{children}</span>
        </>
      )}
    </ListBoxItem>
  );
}
