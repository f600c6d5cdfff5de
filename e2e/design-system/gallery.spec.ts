import type { Locator } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';

const SECTIONS = [
  'Button',
  'LinkButton',
  'TextField and TextArea',
  'Select',
  'CheckboxGroup and Checkbox',
  'RadioGroup and Radio',
  'Dialog',
  'ErrorSummary',
  'PictureChoiceCard and PictureChoiceGroup',
  'Plain form',
];

/** WCAG 2.5.5 / our own rule: every target at least 44 by 44 CSS pixels. */
async function expectAtLeast44(target: Locator) {
  const box = await target.boundingBox();
  expect(box, `${target} has no box`).not.toBeNull();
  expect(box!.width, `${target} width`).toBeGreaterThanOrEqual(44);
  expect(box!.height, `${target} height`).toBeGreaterThanOrEqual(44);
}

/** A checkbox or radio card: the <label> around the visually hidden input is what people tap. */
function cardOf(input: Locator) {
  return input.locator('xpath=ancestor::label[1]');
}

test.describe('design system gallery', () => {
  test('shows every component under its own heading, with no accessibility problems', async ({ page }) => {
    await page.goto('/gallery');
    await expect(page).toHaveTitle(/^Design system/);
    await expect(page.getByRole('heading', { level: 1, name: 'Design system' })).toBeVisible();
    for (const name of SECTIONS) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });

  test('buttons, link buttons and choice cards are at least 44 by 44 pixels', async ({ page }) => {
    await page.goto('/gallery');
    const buttons = await page.getByRole('button').all();
    expect(buttons.length).toBeGreaterThan(10);
    for (const button of buttons) {
      if (await button.isVisible()) await expectAtLeast44(button);
    }
    await expectAtLeast44(page.getByRole('link', { name: 'Start now' }));
    await expectAtLeast44(page.getByRole('link', { name: /Building/ }));
    for (const input of await page.getByRole('checkbox').all()) await expectAtLeast44(cardOf(input));
    for (const input of await page.getByRole('radio').all()) await expectAtLeast44(cardOf(input));
  });

  test('a picture card ticks and unticks with the Space key', async ({ page }) => {
    await page.goto('/gallery');
    const group = page.getByRole('group', { name: 'What do you like doing?' });
    const card = group.getByRole('checkbox', { name: 'Helping people' });
    await expect(card).not.toBeChecked();
    await expect(group.getByRole('checkbox', { name: 'Art and design' })).toBeChecked();

    await card.focus();
    await page.keyboard.press('Space');
    await expect(card).toBeChecked();
    await page.keyboard.press('Space');
    await expect(card).not.toBeChecked();
  });

  test('a picture radio card is chosen with the arrow keys', async ({ page }) => {
    await page.goto('/gallery');
    // Plain radio buttons in a fieldset (decision 014): the browser moves the choice with the arrow keys.
    const group = page.getByRole('group', { name: 'Which one do you like most?' });
    await group.getByRole('radio', { name: 'Building' }).focus();
    await page.keyboard.press('Space');
    await expect(group.getByRole('radio', { name: 'Building' })).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { name: 'Caring' })).toBeChecked();
    await expect(group.getByRole('radio', { name: 'Building' })).not.toBeChecked();
  });

  test('the dialog opens, closes with Escape or its Close button, and gives focus back', async ({ page }) => {
    await page.goto('/gallery');
    const trigger = page.getByRole('button', { name: 'What is an apprenticeship?' });
    const dialog = page.getByRole('dialog', { name: 'What is an apprenticeship?' });

    await trigger.click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'What is an apprenticeship?' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    await trigger.click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('error summary links point at their fields', async ({ page }) => {
    await page.goto('/gallery');
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    const nameLink = summary.getByRole('link', { name: 'Enter your first name' });
    await expect(nameLink).toHaveAttribute('href', '#es-first-name');
    await expect(page.getByRole('textbox', { name: 'First name' })).toHaveAttribute('id', 'es-first-name');
    const contactLink = summary.getByRole('link', { name: 'Select how we can contact you' });
    await expect(contactLink).toHaveAttribute('href', '#es-contact-first');
    await expect(
      page.getByRole('radiogroup', { name: 'How can we contact you?' }).getByRole('radio', { name: 'Text message' }),
    ).toHaveAttribute('id', 'es-contact-first');

    await nameLink.click();
    await expect(page.getByRole('textbox', { name: 'First name' })).toBeFocused();
  });

  test('the plain form shows a focused error summary when sent empty, then sends every answer', async ({ page }) => {
    await page.goto('/gallery');
    const form = page.getByRole('region', { name: 'Plain form' });
    await form.getByRole('button', { name: 'Send', exact: true }).click();

    await expect(page).toHaveURL(/plainForm=sent/);
    await expect(page).toHaveTitle(/^Error: Design system/);
    const summary = page
      .getByRole('alert', { name: 'There is a problem' })
      .filter({ has: page.getByRole('link', { name: 'Enter your name' }) });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Enter your name',
      'Select the best way to reach you',
      'Tap at least one picture',
      'Choose a start date',
    ]);
    await expectNoAxeViolations(page);

    await summary.getByRole('link', { name: 'Enter your name' }).click();
    const name = page.getByRole('textbox', { name: 'Full name' });
    await expect(name).toBeFocused();

    await name.fill('Jade Okafor');
    await form.getByRole('radio', { name: 'Phone call' }).check({ force: true });
    await form.getByRole('checkbox', { name: 'Helping people' }).check({ force: true });
    await form.getByRole('checkbox', { name: 'Drawing' }).check({ force: true });
    await form.getByRole('button', { name: /Start date/ }).click();
    await page.getByRole('option', { name: 'In September' }).click();
    await form.getByRole('button', { name: 'Send', exact: true }).click();

    await expect(form.getByRole('status')).toContainText(
      'Name: Jade Okafor. Contact: phone. Interests: caring, creative. Start: september.',
    );
    await expect(page.getByRole('link', { name: 'Enter your name' })).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the plain form still sends text, radio and picture card answers', async ({ page }) => {
    await page.goto('/gallery');
    const form = page.getByRole('region', { name: 'Plain form' });
    await form.getByRole('textbox', { name: 'Full name' }).fill('Sam Reid');
    await form.getByRole('radio', { name: 'Text message' }).check({ force: true });
    await form.getByRole('checkbox', { name: 'Making things' }).check({ force: true });
    await form.getByRole('button', { name: 'Send', exact: true }).click();

    await expect(page).toHaveURL(/pfName=Sam\+Reid/);
    expect(new URL(page.url()).searchParams.get('pfContact')).toBe('text');
    expect(new URL(page.url()).searchParams.getAll('pfInterests')).toEqual(['building']);
    // The select needs JavaScript to open, so the server asks for it: the page says so in words.
    await expect(page.getByRole('link', { name: 'Choose a start date' })).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'Full name' })).toHaveValue('Sam Reid');
    await expect(form.getByRole('checkbox', { name: 'Making things' })).toBeChecked();
  });
});
