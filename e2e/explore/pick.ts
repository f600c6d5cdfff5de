import { expect, type Page } from '@playwright/test';

// Picture cards hide their native input inside the card (react-aria), so pick them the way a keyboard user
// does: focus, then Space. It works the same with and without JavaScript.
//
// With JavaScript, wait for the page to settle first: a card ticked (or a box typed in) before React has
// hydrated the page is put back to its first state when it does.
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
