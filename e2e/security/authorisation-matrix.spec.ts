import type { APIRequestContext, Browser, Page } from '@playwright/test';
import sharp from 'sharp';
import { signInAsStaff } from '../fixtures/applications';
import {
  AUTHORISATION_MATRIX,
  expectedOutcome,
  fillPath,
  type MatrixIds,
  type MatrixRole,
  type Outcome,
  ROLES,
} from '../fixtures/authorisation';
import { nameParentCarer } from '../fixtures/parent-carer';
import { makeNewYoungPersonAccount, randomMobile, signInWithEmail, signInWithPhone } from '../fixtures/sign-in';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';
import { expect, test } from '../fixtures/test';


type Signed = { request: APIRequestContext; page: Page };

async function signedInContext(browser: Browser, signIn: (page: Page) => Promise<void>): Promise<Signed> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  return { request: context.request, page };
}

/** The first id in a page's links to `prefix` + id. */
async function firstIdLinked(request: APIRequestContext, listPath: string, prefix: string): Promise<string> {
  const html = await (await request.get(listPath)).text();
  const id = new RegExp(`href="${prefix}([0-9a-f-]{36})"`).exec(html)?.[1];
  if (!id) throw new Error(`No link to ${prefix}… on ${listPath}`);
  return id;
}

function outcomeOf(status: number, location: string | undefined): Outcome | `unexpected ${number}` {
  if (status === 200) return 'ok';
  if (status === 404) return 'not-found';
  if (status >= 300 && status < 400 && location && /\/sign-in(\?|$)/.test(location)) return 'sign-in';
  return `unexpected ${status}`;
}

test('every role gets exactly what the authorisation table says, on every protected page and route handler', async ({ browser, request }) => {
  // Twelve sign-ins and about 500 requests on a shared machine (all 505 passed in 5 minutes, then time ran out).
  test.setTimeout(420_000);
  const letters = uniqueLetters();
  const [adviserWithout, providerOwn, providerOther, employerOwn, employerOther, laAdminOwn, laAdminOther, photoProvider] = await Promise.all([
    makeTestStaff(request, { role: 'adviser', name: `Ash ${letters}` }),
    makeTestStaff(request, { role: 'provider_staff', name: `Bea ${letters}`, providerSlug: 'calder-valley-college' }),
    makeTestStaff(request, { role: 'provider_staff', name: `Cal ${letters}`, providerSlug: 'pennine-sixth-form-college' }),
    makeTestStaff(request, { role: 'employer_staff', name: `Dee ${letters}`, employerSlug: 'pennine-motor-group' }),
    makeTestStaff(request, { role: 'employer_staff', name: `Eli ${letters}`, employerSlug: 'todmorden-motor-repairs' }),
    makeTestStaff(request, { role: 'la_admin', name: `Fay ${letters}` }),
    makeTestStaff(request, { role: 'la_admin', name: `Gus ${letters}`, laSlug: 'northvale' }),
    // Staff of a new Calderdale provider, who add the photo the council's photo page is checked with.
    makeTestStaff(request, { role: 'provider_staff', name: `Ivy ${letters}`, newProviderName: `Matrix Photos ${letters}` }),
  ]);

  const roles = {} as Record<MatrixRole, Signed>;
  await test.step('each kind of person signs in once', async () => {
    const byEmail = (email: string) => (page: Page) => signInWithEmail(page, email);
    const signIns: Record<MatrixRole, (page: Page) => Promise<void>> = {
      signedOut: async () => undefined,
      // Jade and Sam are demo accounts other tests sign in too: try again if another test read the code first.
      youngPersonA: async (page) => {
        await expect(async () => {
          await signInWithPhone(page, { typed: '07700 900123', e164: '+447700900123' });
          await expect(page).toHaveURL(/\/my/, { timeout: 5_000 });
        }).toPass({ timeout: 60_000 });
      },
      youngPersonB: async (page) => {
        await page.goto('/sign-in');
        await makeNewYoungPersonAccount(page, `Hal${letters}`);
      },
      adviserWithLink: (page) => signInAsStaff(page, 'adviser@calderdale.example', /\/adviser/),
      adviserWithout: byEmail(adviserWithout.email),
      providerOwn: byEmail(providerOwn.email),
      providerOther: byEmail(providerOther.email),
      employerOwn: byEmail(employerOwn.email),
      employerOther: byEmail(employerOther.email),
      laAdminOwn: byEmail(laAdminOwn.email),
      laAdminOther: byEmail(laAdminOther.email),
      // B (signed in just before) names this parent or carer and lets them see the CV; they sign in by texted code.
      parentOfB: async (page) => {
        const phone = randomMobile();
        await nameParentCarer(roles.youngPersonB.page, { name: `Pat ${letters}`, typed: phone.typed }, ['Your CV']);
        await signInWithPhone(page, phone);
        await expect(page).toHaveURL(/\/family$/);
      },
    };
    for (const role of ROLES) {
      roles[role] = await signedInContext(browser, signIns[role]);
    }
    for (const role of ROLES.filter((name) => name !== 'signedOut' && name !== 'youngPersonB')) {
      await expect(roles[role].page, `${role} is signed in`).not.toHaveURL(/\/sign-in/);
    }
  });

  const ids = {} as MatrixIds;
  await test.step('find the records the table points at', async () => {
    ids.jadeCvItemId = await firstIdLinked(roles.youngPersonA.request, '/cv', '/cv/items/');
    ids.jadeApplicationId = await firstIdLinked(roles.youngPersonA.request, '/applications', '/applications/');
    ids.jadeStepId = await firstIdLinked(roles.youngPersonA.request, '/my/plan', '/my/plan/');
    const jadeLink = roles.adviserWithLink.page.getByRole('link', { name: /Jade Ahmed/ }).first();
    await roles.adviserWithLink.page.goto('/adviser');
    ids.jadeId = /([0-9a-f-]{36})/.exec((await jadeLink.getAttribute('href')) ?? '')?.[1] ?? '';
    ids.ownCourseId = await firstIdLinked(roles.providerOwn.request, '/provider/courses', '/provider/courses/');
    ids.ownVacancyId = await firstIdLinked(roles.employerOwn.request, '/employer/vacancies', '/employer/vacancies/');
    // The demo college offers no vacancies of its own: one for this test.
    const providerVacancy = await request.post('/api/test/vacancy', { data: { title: `Taster weeks ${letters}`, providerSlug: 'calder-valley-college' } });
    expect(providerVacancy.status()).toBe(200);
    ids.ownProviderVacancyId = await firstIdLinked(roles.providerOwn.request, '/provider/vacancies', '/provider/vacancies/');
    ids.calderdaleEmployerId = await firstIdLinked(roles.laAdminOwn.request, '/admin/providers', '/admin/employers/');
    const photo = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#1e8449' } }).jpeg().toBuffer();
    const upload = await roles.youngPersonB.request.post('/api/media', {
      headers: { Origin: new URL(roles.youngPersonB.page.url()).origin },
      multipart: { kind: 'photo', file: { name: 'leaf.jpg', mimeType: 'image/jpeg', buffer: photo } },
    });
    expect(upload.status()).toBe(201);
    ids.photoOfB = (await upload.json()).id;
    ids.youngPersonBId = await firstIdLinked(roles.parentOfB.request, '/family', '/family/');
    ids.ownSiteId = await firstIdLinked(roles.providerOwn.request, '/provider/sites', '/provider/sites/');
    ids.areaProviderId = await firstIdLinked(roles.laAdminOwn.request, '/admin/providers', '/admin/providers/');
    ids.areaStaffId = await firstIdLinked(roles.laAdminOwn.request, '/admin/accounts', '/admin/accounts/');
    const photoStaff = await signedInContext(browser, (page) => signInWithEmail(page, photoProvider.email));
    await photoStaff.page.goto('/provider/photos');
    await photoStaff.page.getByLabel('The photo', { exact: true }).setInputFiles({ name: 'door.jpg', mimeType: 'image/jpeg', buffer: photo });
    await photoStaff.page.getByRole('textbox', { name: 'What the photo shows' }).fill(`The front door ${letters}`);
    await photoStaff.page.getByRole('button', { name: 'Add the photo' }).click();
    await expect(photoStaff.page.getByRole('status').getByText('Photo added. Young people can see it now.')).toBeVisible();
    ids.areaPhotoId = await firstIdLinked(roles.laAdminOwn.request, '/admin/photos', '/admin/photos/');
    // The Jade links must really be hers: her adviser's link opens her record.
    expect(ids.jadeId).toMatch(/^[0-9a-f-]{36}$/);
  });

  await test.step('every row, as every role', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const row of AUTHORISATION_MATRIX) {
      const path = fillPath(row.path, ids);
      await Promise.all(
        ROLES.map(async (role) => {
          const expected = expectedOutcome(row, role);
          if (!expected) return;
          const response = await roles[role].request.get(path, { maxRedirects: 0 });
          const actual = outcomeOf(response.status(), response.headers()['location']);
          checked += 1;
          if (actual !== expected) failures.push(`${row.path} as ${role}: expected ${expected}, got ${actual}`);
        }),
      );
    }
    console.log(`Authorisation matrix: ${checked} checks, ${failures.length} failures.`);
    expect(failures).toEqual([]);
  });
});
