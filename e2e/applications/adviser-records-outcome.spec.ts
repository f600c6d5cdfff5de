import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { makeNewYoungPersonAccount, signInWithEmail } from '../fixtures/sign-in';
import { linkCaseload, makeTestStaff, uniqueLetters } from '../fixtures/staff';

test('their adviser records a missed interview and a place not started; the young person sees it kindly', async ({
  page,
  browser,
  request,
}) => {
  // Two people sign in by code, on a machine shared with builds.
  test.setTimeout(180_000);
  const firstName = `Kai${uniqueLetters()}`;
  const adviserName = `Jordan ${uniqueLetters()}`;
  const adviser = await makeTestStaff(request, { role: 'adviser', name: adviserName });

  await page.goto('/my/privacy');
  const phone = await makeNewYoungPersonAccount(page, firstName);
  const youngPersonId = await linkCaseload(request, adviser.id, phone.e164, true);
  const made = await request.post('/api/test/applications', { data: { phone: phone.e164, statuses: ['interview', 'accepted'] } });
  const [interview, accepted] = ((await made.json()) as { applications: { title: string }[] }).applications;
  if (!interview || !accepted) throw new Error('The test applications were not made');
  const recordUrl = `/adviser/young-people/${youngPersonId}`;

  const adviserContext = await browser.newContext();
  const adviserPage = await adviserContext.newPage();

  await test.step('without their consent, their own adviser cannot see their applications', async () => {
    await signInWithEmail(adviserPage, adviser.email);
    await expect(adviserPage.getByRole('heading', { level: 1, name: `Hello ${adviserName}` })).toBeVisible();
    await adviserPage.goto(recordUrl);
    await expect(adviserPage.getByRole('heading', { level: 1, name: firstName })).toBeVisible();
    await expect(adviserPage.getByRole('heading', { level: 2, name: 'Applications' })).toHaveCount(0);
    await expect(adviserPage.getByRole('list', { name: 'Not shared with you' })).toContainText('Their applications');
  });

  await test.step('the young person lets their adviser see their applications', async () => {
    await page.goto('/my/privacy');
    await page.getByRole('button', { name: `Let ${adviserName} see your applications` }).click();
    await expect(page.getByRole('button', { name: `Stop ${adviserName} seeing your applications` })).toBeVisible();
  });

  await test.step('the adviser records that they did not go to the interview', async () => {
    await adviserPage.reload();
    const list = adviserPage.getByRole('list', { name: 'Applications' });
    const interviewItem = list.getByRole('listitem').filter({ hasText: interview.title });
    await expect(interviewItem).toContainText('Invited to an interview');
    // Only the move the state machine allows from each status is offered.
    await expect(interviewItem.getByRole('button', { name: /They did not start/ })).toHaveCount(0);
    await expectNoAxeViolations(adviserPage);
    await interviewItem.getByRole('button', { name: /^They did not go to the interview/ }).click();
    await expect(adviserPage.getByRole('status').filter({ hasText: 'Saved: they did not go to the interview.' })).toBeVisible();
    await expect(interviewItem).toContainText('Did not go to the interview');
    await expect(interviewItem.getByRole('button')).toHaveCount(0);
  });

  await test.step('and that they did not start the place they said yes to', async () => {
    const acceptedItem = adviserPage.getByRole('list', { name: 'Applications' }).getByRole('listitem').filter({ hasText: accepted.title });
    await expect(acceptedItem).toContainText('Said yes to an offer');
    await acceptedItem.getByRole('button', { name: /^They did not start the course or job/ }).click();
    await expect(adviserPage.getByRole('status').filter({ hasText: 'Saved: they did not start.' })).toBeVisible();
    await expect(acceptedItem).toContainText('Did not start the course or job');
  });

  await test.step('the young person sees both in plain, kind words, and that their adviser wrote them down', async () => {
    await page.goto('/applications');
    const mine = page.getByRole('list', { name: 'Your applications' });
    await expect(mine.getByRole('listitem').filter({ hasText: interview.title.replace(' at ', ' with ') })).toContainText('You did not go to the interview');
    await expect(mine.getByRole('listitem').filter({ hasText: accepted.title.replace(' at ', ' with ') })).toContainText('You did not start');
    await expect(mine).toContainText('That is OK.');
    await expectNoAxeViolations(page);
    await page.goto('/my/privacy');
    await expect(page.getByRole('list', { name: 'Who looked at your record' })).toContainText(
      'wrote down that you did not go to an interview',
    );
  });

  await test.step('another adviser gets not-found for the record', async () => {
    const stranger = await makeTestStaff(request, { role: 'adviser', name: `Stranger ${uniqueLetters()}` });
    const strangerContext = await browser.newContext();
    const strangerPage = await strangerContext.newPage();
    await signInWithEmail(strangerPage, stranger.email);
    await expect(strangerPage.getByRole('heading', { level: 1 })).toHaveText(/^Hello Stranger/);
    expect((await strangerPage.goto(recordUrl))?.status()).toBe(404);
    await strangerContext.close();
  });
  await adviserContext.close();
});
