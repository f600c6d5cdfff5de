import path from 'node:path';
import { expect, expectNoAxeViolations, test } from '../fixtures/test';
import { signInAsStaff } from '../fixtures/applications';
import { makeTestStaff, uniqueLetters } from '../fixtures/staff';

// The demo's own recordings double as upload fixtures: a real Ogg Opus voice clip and a WebM video.
const media = (file: string) => path.join(process.cwd(), 'db', 'seed', 'media', file);

test('a college adds a student’s recorded story to a course, young people hear and read it, and the college removes it', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const name = `Zo${uniqueLetters(4)}`;
  const words = `I love the workshop days. ${uniqueLetters()}`;
  // Each project uses a different course, so the phone and desktop runs do not see each other's stories.
  const pick = testInfo.project.name === 'phone' ? 1 : 2;
  let courseTitle = '';

  await test.step('college staff open Students’ stories: the demo stories are listed', async () => {
    const staff = await makeTestStaff(request, { role: 'provider_staff', name: 'Story Test', providerSlug: 'calder-valley-college' });
    await signInAsStaff(page, staff.email, /\/provider$/);
    await page.getByRole('link', { name: 'Students’ stories' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Students’ stories' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Stories' }).getByText('Marcus’s story', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('an empty form, and a video without captions, are refused with clear messages', async () => {
    await page.getByRole('button', { name: 'Add the story' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    for (const message of [
      'Choose the recording: a sound file or a video',
      'Enter the first name of the young person telling the story',
      'Write down what they say, so people can read it as well as hear it',
      'Confirm that the young person agreed to share their story',
    ]) {
      await expect(summary.getByRole('link', { name: message })).toBeVisible();
    }
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page);

    await page.getByLabel('The recording').setInputFiles(media('story-college.webm'));
    await page.getByLabel('Their first name').fill(name);
    await page.getByLabel('Everything they say, written down').fill(words);
    await page.getByRole('checkbox', { name: /agreed to share this story/ }).check({ force: true });
    await page.getByRole('button', { name: 'Add the story' }).click();
    await expect(summary.getByRole('link', { name: /Add a captions file: a video needs captions/ })).toBeVisible();
    // What was typed is kept.
    await expect(page.getByLabel('Everything they say, written down')).toHaveValue(words);
  });

  await test.step('a voice recording about one course is added', async () => {
    const subject = page.getByLabel('What is the story about?');
    const option = subject.locator('option').nth(pick);
    courseTitle = (await option.textContent()) ?? '';
    await subject.selectOption({ index: pick });
    await page.getByLabel('The recording').setInputFiles(media('story-mechanic.ogg'));
    await page.getByLabel('Their age (optional)').fill('17');
    await page.getByRole('checkbox', { name: /agreed to share this story/ }).check({ force: true });
    await page.getByRole('button', { name: 'Add the story' }).click();
    await expect(page.getByRole('status').getByText('Story added. Young people can hear it now.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Stories' }).getByText(`${name}’s story`, { exact: true })).toBeVisible();
  });

  let clipAddress = '';
  await test.step('the course page plays it and shows every word', async () => {
    await page.goto('/providers/calder-valley-college');
    await page.getByRole('link', { name: courseTitle, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'What students say' })).toBeVisible();
    const story = page.getByRole('figure').filter({ hasText: words });
    await expect(story.getByText(`${name}, 17, on this course`)).toBeVisible();
    const player = story.locator(`audio[aria-label="${name}’s story"]`);
    await expect(player).toHaveAttribute('preload', 'none');
    clipAddress = (await player.getAttribute('src')) ?? '';
    const clip = await page.request.get(clipAddress);
    expect(clip.status()).toBe(200);
    expect(clip.headers()['content-type']).toBe('audio/ogg');
    expect(clip.headers()['x-content-type-options']).toBe('nosniff');
    await expectNoAxeViolations(page);
  });

  await test.step('the college removes it: gone from the page, and the recording is gone too', async () => {
    await page.goto('/provider/stories');
    await page.getByRole('button', { name: `Remove ${name}’s story` }).click();
    await expect(page.getByRole('status').getByText('Story removed.')).toBeVisible();
    await expect(page.getByText(`${name}’s story`, { exact: true })).toHaveCount(0);
    expect((await page.request.get(clipAddress)).status()).toBe(404);
  });
});

test('the council adds a video story with captions to a kind of work in Explore; only its own area sees it', async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  const name = `Ky${uniqueLetters(4)}`;
  const kind = testInfo.project.name === 'phone' ? { slug: 'gardener', name: 'Gardener and landscaper' } : { slug: 'welder', name: 'Welder' };

  await test.step('council staff add a video with its captions file', async () => {
    const staff = await makeTestStaff(request, { role: 'la_admin', name: 'Story Admin' });
    await signInAsStaff(page, staff.email, /\/admin$/);
    await page.getByRole('link', { name: 'Young people’s stories for Explore' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Stories for Explore' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Which kind of work is it about?').selectOption({ label: kind.name });
    await page.getByLabel('The recording').setInputFiles(media('story-college.webm'));
    await page.getByLabel('Their first name').fill(name);
    await page.getByLabel('Everything they say, written down').fill('I was nervous before I started.');
    await page.getByLabel('Captions file (needed for a video)').setInputFiles({
      name: 'bad.vtt',
      mimeType: 'text/vtt',
      buffer: Buffer.from('<script>alert(1)</script>'),
    });
    await page.getByRole('checkbox', { name: /agreed to share this story/ }).check({ force: true });
    await page.getByRole('button', { name: 'Add the story' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: /must be a WebVTT file/ })).toBeVisible();
    // The choice survives the failed try.
    await expect(page.getByLabel('Which kind of work is it about?')).toHaveValue(`work:${kind.slug}`);

    await page.getByLabel('The recording').setInputFiles(media('story-college.webm'));
    await page.getByLabel('Captions file (needed for a video)').setInputFiles(media('story-college.vtt'));
    await page.getByRole('checkbox', { name: /agreed to share this story/ }).check({ force: true });
    await page.getByRole('button', { name: 'Add the story' }).click();
    await expect(page.getByRole('status').getByText('Story added. Young people can hear it in Explore now.')).toBeVisible();
  });

  let storyId = '';
  await test.step('the job profile shows the video with captions, in place of the written example', async () => {
    await page.goto(`/explore/work/${kind.slug}`);
    await expect(page.getByRole('heading', { level: 2, name: `${name}’s story` })).toBeVisible();
    const video = page.locator(`video[aria-label="${name}’s story"]`);
    const track = video.locator('track[kind="captions"]');
    await expect(track).toHaveAttribute('srclang', 'en');
    storyId = /\/api\/stories\/([0-9a-f-]{36})\//.exec((await track.getAttribute('src')) ?? '')?.[1] ?? '';
    const captions = await page.request.get(`/api/stories/${storyId}/captions`);
    expect(captions.headers()['content-type']).toContain('text/vtt');
    expect(await captions.text()).toMatch(/^WEBVTT\n/);
    await expectNoAxeViolations(page);
  });

  await test.step('a visitor looking at another council’s area gets not-found for it', async () => {
    for (const part of ['media', 'captions']) {
      const elsewhere = await request.get(`/api/stories/${storyId}/${part}`, { headers: { cookie: 'ns_area=northvale' } });
      expect(elsewhere.status()).toBe(404);
      const here = await request.get(`/api/stories/${storyId}/${part}`, { headers: { cookie: 'ns_area=calderdale' } });
      expect(here.status()).toBe(200);
    }
  });

  await test.step('the council removes it and the written example is back', async () => {
    await page.goto('/admin/stories');
    await page.getByRole('button', { name: `Remove ${name}’s story` }).click();
    await expect(page.getByRole('status').getByText('Story removed.')).toBeVisible();
    await page.goto(`/explore/work/${kind.slug}`);
    await expect(page.getByText('This is an example story.')).toBeVisible();
  });
});

test('the demo’s recorded stories: a video with captions on the college page, and Kyle’s voice in Explore', async ({ page }) => {
  await page.goto('/providers/calder-valley-college');
  await expect(page.getByRole('heading', { level: 2, name: 'What students say' })).toBeVisible();
  await expect(page.locator('video[aria-label="Marcus’s story"] track[kind="captions"]')).toHaveCount(1);
  await expect(page.getByText('Marcus, 16. The video has captions.')).toBeVisible();
  await page.goto('/explore/work/mechanic');
  await expect(page.locator('audio[aria-label="Kyle’s story"]')).toHaveCount(1);
  await expect(page.getByText('This is an example story.')).toHaveCount(0);
});
