import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { Children, type ReactNode } from 'react';
import { pictureCardLayout, pictureGrid } from './choice-styles';
import { PictureChoiceFieldGroup, PictureChoiceOption, type PictureChoiceFieldGroupProps, type PictureChoiceFromGroup } from './picture-choice';
import { cn } from './utils';

/*
 * Picture cards for choosing by tapping: types of work, interests, skills. Many of our users find reading
 * hard, so every choice has a picture and short words. Link cards and selectable cards (picture-choice.tsx)
 * are plain HTML with no client JavaScript, so they work, and keep a choice, before the page has loaded.
 */

interface PictureCardBase {
  /** Short words naming the choice; also the card's accessible name. */
  label: string;
  /** A second, quieter line, such as "24 places". */
  description?: string;
  /** Image under public/, such as /images/categories/care.svg. */
  imageSrc: string;
  /** Leave empty (the default) when the label says it all; describe the picture only if it adds something. */
  imageAlt?: string;
  imageWidth?: number;
  imageHeight?: number;
}

export type PictureChoiceCardProps = PictureCardBase &
  /** Set by a PictureChoiceGroup on each of its cards; never passed by hand. */
  Partial<PictureChoiceFromGroup> &
  (
    | {
        /** A link card: goes to this page. Works without JavaScript. */
        href: string;
        value?: never;
        id?: never;
        isDisabled?: never;
      }
    | {
        /** A choice card inside a PictureChoiceGroup: the value submitted with the form. */
        value: string;
        href?: never;
        /** The input's id, for an ErrorSummary link (give it to the first card). */
        id?: string;
        isDisabled?: boolean;
      }
  );

/**
 * A large card with a picture and a label. With `href` it is a link; with `value` it is a checkbox or
 * radio (decided by its PictureChoiceGroup): a native input inside the card's label, so it submits in a plain
 * form and keeps a choice made before the page finished loading.
 */
export function PictureChoiceCard({
  imageAlt = '',
  imageWidth = 96,
  imageHeight = 96,
  ...props
}: PictureChoiceCardProps) {
  if (props.href !== undefined) {
    return (
      <Link
        href={props.href}
        className={cn(
          pictureCardLayout,
          'border-2 border-line bg-paper p-3 text-ink no-underline hover:border-ink hover:text-ink forced-colors:border-[LinkText]',
        )}
      >
        <Picture
          src={props.imageSrc}
          alt={imageAlt}
          width={imageWidth}
          height={imageHeight}
          className="size-20 object-cover sm:size-24"
        />
        <span className="font-bold text-brand underline underline-offset-4">{props.label}</span>
        {props.description ? <span className="text-base text-muted">{props.description}</span> : null}
      </Link>
    );
  }
  return (
    <PictureChoiceOption
      value={props.value}
      id={props.id}
      isDisabled={props.isDisabled || props.isGroupDisabled}
      inputType={props.inputType}
      name={props.name}
      isChecked={props.isChecked}
      isRequired={props.isRequired}
      label={props.label}
      description={props.description}
      imageSrc={props.imageSrc}
      imageAlt={imageAlt}
      imageWidth={imageWidth}
      imageHeight={imageHeight}
    />
  );
}

export type PictureChoiceGroupProps =
  | {
      /** Link cards: a list of places to go. */
      selectionMode?: undefined;
      /** Names the list for screen readers (the page heading usually says it for everyone else). */
      label: string;
      children: ReactNode;
      className?: string;
    }
  | PictureChoiceFieldGroupProps;

/**
 * Lays picture cards out in a grid, two across on a phone. Without `selectionMode` the cards are links in a
 * list; with `selectionMode="single"` they are radios, with "multiple" checkboxes, in a labelled group with
 * a `name`, hint and error message like any other field.
 */
export function PictureChoiceGroup(props: PictureChoiceGroupProps) {
  if (props.selectionMode === undefined) {
    return (
      <ul aria-label={props.label} className={cn(pictureGrid, props.className)}>
        {Children.map(props.children, (child) =>
          child ? <li className="flex min-w-0">{child}</li> : null,
        )}
      </ul>
    );
  }
  return <PictureChoiceFieldGroup {...props} />;
}
