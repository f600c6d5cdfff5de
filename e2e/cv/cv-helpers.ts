import { expect, type Page } from '@playwright/test';
import { makeNewYoungPersonAccount } from '../fixtures/sign-in';

/** A fresh young person, signed in and on their CV builder. */
export async function startCvAsNewYoungPerson(page: Page, firstName: string) {
  await page.goto('/cv');
  await makeNewYoungPersonAccount(page, firstName);
  await expect(page.getByRole('heading', { level: 1, name: 'Build your CV' })).toBeVisible();
}

/** Taps a picture card (react-aria hides the real checkbox: focus it and press Space). */
export async function tapPictureCard(page: Page, name: string) {
  const card = page.getByRole('checkbox', { name });
  await card.focus();
  await page.keyboard.press('Space');
  await expect(card).toBeChecked();
}

/** Chooses a radio by its label (react-aria hidden radios). */
export async function chooseRadio(page: Page, name: string) {
  const radio = page.getByRole('radio', { name });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

/** The id in a CV item's Change link, read from the builder page. */
export async function itemIdFor(page: Page, title: string): Promise<string> {
  const href = await page.getByRole('link', { name: `Change ${title}` }).getAttribute('href');
  const id = /\/cv\/items\/([0-9a-f-]{36})$/.exec(href ?? '')?.[1];
  if (!id) throw new Error(`No item link for ${title}: ${href}`);
  return id;
}
