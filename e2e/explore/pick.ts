import { expect, type Page } from '@playwright/test';

// Picture cards hide their native input inside the card, so pick them the way a keyboard user does: focus,
// then Space. It works the same with and without JavaScript. The cards are plain HTML, so a choice made
// before the page has loaded is kept (before-javascript-loads.spec.ts); waiting for the page to settle
// only keeps these journeys' timings steady.
export async function waitForPageToSettle(page: Page) {
  await page.waitForLoadState('networkidle');
}

export async function tickPicture(page: Page, name: string | RegExp) {
  await waitForPageToSettle(page);
  const box = page.getByRole('checkbox', { name });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

export async function choosePicture(page: Page, name: string | RegExp) {
  await waitForPageToSettle(page);
  const radio = page.getByRole('radio', { name });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}
