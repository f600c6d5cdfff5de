import type { Page } from '@playwright/test';
import { expect } from '../fixtures/test';

/** A date some days from today in London, as a date box takes it ("2027-01-31"). */
export function isoDaysFromToday(days: number): string {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(date);
}

/** Fills and posts the vacancy form with good answers (a job in car repair in Elland), then waits for its page. */
export async function postVacancy(page: Page, { title, summary }: { title: string; summary: string }) {
  await page.goto('/employer/vacancies/new');
  await page.getByLabel('Job title').fill(title);
  await page.getByRole('radio', { name: /^Job/ }).check();
  await page.getByRole('radio', { name: 'Car repair and servicing' }).check();
  await page.getByLabel('What the job is, in plain words').fill(summary);
  await page.getByLabel('Pay in pounds').fill('11.00');
  await page.getByLabel('Hours a week').fill('20');
  await page.getByLabel('Postcode of the workplace').fill('HX5 0AN');
  await page.getByLabel('Town or village').fill('Elland');
  await page.getByLabel('Closing date').fill(isoDaysFromToday(21));
  await page.getByRole('button', { name: 'Post the vacancy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/employer\/vacancies\/[0-9a-f-]{36}/);
  return { address: new URL(page.url()).pathname, id: new URL(page.url()).pathname.split('/').at(-1) ?? '' };
}

/** Whether a vacancy with this title comes up when searching for a word in it. */
export async function expectInSearch(page: Page, word: string, title: string, isFound: boolean) {
  await page.goto(`/vacancies?q=${word}`);
  const link = page.getByRole('link', { name: new RegExp(title) });
  if (isFound) await expect(link).toBeVisible();
  else {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(link).toHaveCount(0);
  }
}
