/*
 * The categories as one council area sees them (decision 035): its own words and pictures where it set
 * them, and without the kinds of work it hid. The area's changes are read once per request
 * (`getAreaCategoryView` in db/queries/categories.ts: one small query) and laid over cards here, so the
 * search pages' stored counts (which are shared and a few minutes old) never hold an area's pictures.
 */

/** One category the area changed. Categories it did not change are not in the view. */
export type CategoryChange = {
  slug: string;
  /** The area's own words, or null for the service's. */
  ownWords: string | null;
  isHidden: boolean;
  /** The area's own picture, or null for the service's. */
  ownPicture: { path: string; alt: string } | null;
};

export type AreaCategoryView = ReadonlyMap<string, CategoryChange>;

/** An area that changed nothing: everything as the service has it. */
export const SERVICE_VIEW: AreaCategoryView = new Map();

export function toAreaCategoryView(changes: readonly CategoryChange[]): AreaCategoryView {
  return new Map(changes.map((change) => [change.slug, change]));
}

/** The address of an area's own picture for a category: the media id in it changes when the picture does. */
export function ownPicturePath(categoryId: string, mediaId: string): string {
  return `/api/category-pictures/${categoryId}?v=${mediaId.slice(0, 8)}`;
}

type PictureCard = { slug: string; imagePath: string; imageAlt: string };

/**
 * Picture cards as the area sees them: its own picture where it has one, its own words (`ownWords`, null
 * when it has none) and without the kinds of work it hid. The order is kept.
 */
export function seeCardsAsArea<T extends PictureCard>(cards: readonly T[], view: AreaCategoryView): (T & { ownWords: string | null })[] {
  return cards.flatMap((card) => {
    const change = view.get(card.slug);
    if (change?.isHidden) return [];
    const picture = change?.ownPicture ? { imagePath: change.ownPicture.path, imageAlt: change.ownPicture.alt } : {};
    return [{ ...card, ...picture, ownWords: change?.ownWords ?? null }];
  });
}

/** A card's second line: the area's own words first (when it wrote some), then the rest ("12 places"). */
export function withOwnWords(ownWords: string | null, rest: string): string {
  if (!ownWords) return rest;
  const words = ownWords.trim();
  return `${/[.!?]$/.test(words) ? words : `${words}.`} ${rest}`;
}

type ExploreKind = { picture: string; categories: readonly string[] };

/**
 * The category whose picture an Explore kind of work shows (its picture is named after that category's
 * slug, like /images/categories/plumbing.svg), else its first category.
 */
export function pictureCategoryOf(kind: ExploreKind): string | undefined {
  const named = /\/([a-z0-9-]+)\.svg$/.exec(kind.picture)?.[1];
  return named ?? kind.categories[0];
}

/**
 * An Explore kind of work as the area sees it: the area's own picture of its picture category, and whether
 * the area hid every kind of work (category) it covers, so it is left out of the choices. A kind with only
 * some of its categories hidden is still shown: it has other ways in.
 */
export function seeKindOfWorkAsArea<T extends ExploreKind>(kind: T, view: AreaCategoryView): T & { pictureAlt: string; isHidden: boolean } {
  const slug = pictureCategoryOf(kind);
  const own = slug ? view.get(slug)?.ownPicture : undefined;
  const isHidden = kind.categories.length > 0 && kind.categories.every((category) => view.get(category)?.isHidden === true);
  // The service's pictures are decorative (the name says what it is); a council's photo has its own words.
  return { ...kind, picture: own?.path ?? kind.picture, pictureAlt: own?.alt ?? '', isHidden };
}

/** The Explore kinds of work the area offers as choices, with its own pictures, in the same order. */
export function kindsOfWorkAsArea<T extends ExploreKind>(kinds: readonly T[], view: AreaCategoryView): (T & { pictureAlt: string })[] {
  return kinds.map((kind) => seeKindOfWorkAsArea(kind, view)).filter((kind) => !kind.isHidden);
}

type PicturedRecord = { imagePath: string; imageAlt: string; pictureCategory: string | null };

/**
 * A course's or vacancy's picture as the area sees it: when the record shows its kind of work's picture
 * (`pictureCategory`) and the area has its own for that kind, the area's, with its words. A record with a
 * picture of its own keeps it.
 */
export function seePictureAsArea<T extends PicturedRecord>(record: T, view: AreaCategoryView): T {
  const own = record.pictureCategory ? view.get(record.pictureCategory)?.ownPicture : undefined;
  return own ? { ...record, imagePath: own.path, imageAlt: own.alt } : record;
}
