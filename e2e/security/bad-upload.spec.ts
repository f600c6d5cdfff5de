import sharp from 'sharp';
import { expectSafePage, watchServerErrors } from '../fixtures/hostile-forms';
import { startCvAsNewYoungPerson } from '../cv/cv-helpers';
import { expect, test } from '../fixtures/test';

// Hostile files sent to the upload route (as the recorder sends them) and through the CV item form (as a
// phone without JavaScript does). The bytes decide what a file is, never its name or declared type; media is
// served so that nothing in it can run (decision 004); a refusal says what to do; nothing answers 5xx.

const MB = 1024 * 1024;
const SCRIPT = '<html><body><script>window.__pwned=1</script></body></html>';

async function smallJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 32, height: 24, channels: 3, background: '#2e86c1' } }).jpeg().toBuffer();
}

test('uploads: wrong types, polyglots, path names, empty and oversized files are refused or made harmless', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const serverErrors = watchServerErrors(page);
  await startCvAsNewYoungPerson(page, 'Uma');
  const jpeg = await smallJpeg();
  // An MP3's ID3 tag, then a web page: accepted as sound (the bytes start like an MP3), and must never run.
  const mp3Html = Buffer.concat([Buffer.from('ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000', 'latin1'), Buffer.from(SCRIPT)]);

  const upload = (kind: string, name: string, mimeType: string, buffer: Buffer, extra: Record<string, string> = {}) =>
    page.request.post('/api/media', {
      headers: { origin: baseURL! },
      multipart: { kind, file: { name, mimeType, buffer }, ...extra },
      maxRedirects: 0,
    });

  type Case = { name: string; send: () => ReturnType<typeof upload>; status: number; problem?: string };
  const refused: Case[] = [
    { name: 'a web page named .jpg', send: () => upload('photo', 'cat.jpg', 'image/jpeg', Buffer.from(SCRIPT)), status: 400, problem: 'wrong_type' },
    { name: 'a photo sent as a video', send: () => upload('video', 'clip.mp4', 'video/mp4', jpeg), status: 400, problem: 'wrong_type' },
    {
      name: 'a GIF/HTML polyglot (a GIF header, then a web page)',
      send: () => upload('photo', 'funny.gif', 'image/gif', Buffer.concat([Buffer.from('GIF89a'), Buffer.from(SCRIPT)])),
      status: 400,
      problem: 'wrong_type',
    },
    { name: 'an empty file', send: () => upload('photo', 'empty.jpg', 'image/jpeg', Buffer.alloc(0)), status: 400, problem: 'empty' },
    {
      name: 'a photo over 15 MB',
      send: () => upload('photo', 'big.jpg', 'image/jpeg', Buffer.concat([jpeg, Buffer.alloc(16 * MB)])),
      status: 400,
      problem: 'too_big',
    },
    { name: 'a request over 61 MB', send: () => upload('video', 'huge.mp4', 'video/mp4', Buffer.alloc(62 * MB)), status: 413, problem: 'too_big' },
    { name: 'a made-up kind', send: () => upload('<script>', 'a.jpg', 'image/jpeg', jpeg), status: 400, problem: 'bad_request' },
    {
      name: 'no file at all',
      send: () => page.request.post('/api/media', { headers: { origin: baseURL! }, form: { kind: 'photo', file: 'not a file' } }),
      status: 400,
      problem: 'bad_request',
    },
    {
      name: 'a body that is not a form',
      send: () => page.request.post('/api/media', { headers: { origin: baseURL!, 'content-type': 'multipart/form-data; boundary=x' }, data: '--y\r\nbroken' }),
      status: 400,
      problem: 'bad_request',
    },
    {
      name: 'from another site',
      send: () => page.request.post('/api/media', { headers: { origin: 'https://evil.example' }, multipart: { kind: 'photo', file: { name: 'a.jpg', mimeType: 'image/jpeg', buffer: jpeg } } }),
      status: 403,
      problem: 'forbidden',
    },
  ];

  await test.step('each bad upload is refused with its own status and a message to show', async () => {
    for (const bad of refused) {
      const response = await bad.send();
      expect(response.status(), bad.name).toBe(bad.status);
      const body = (await response.json()) as { problem?: string; message?: string };
      expect(body.problem, bad.name).toBe(bad.problem);
      expect(body.message, bad.name).toMatch(/\w{3,}.*\./);
      expect(body.message, bad.name).not.toMatch(/error|exception|stack/i);
    }
  });

  await test.step('a JPEG with a script after it, named ../../etc/passwd, is re-encoded: the script is gone', async () => {
    const polyglot = Buffer.concat([jpeg, Buffer.from(SCRIPT)]);
    const response = await upload('photo', '../../etc/passwd', 'text/html', polyglot, { durationMs: '-1e309' });
    expect(response.status()).toBe(201);
    const { id, contentType } = (await response.json()) as { id: string; contentType: string };
    expect(contentType).toBe('image/jpeg');
    const served = await page.request.get(`/api/media/${id}`);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/jpeg');
    expect(served.headers()['content-disposition']).toBe('inline; filename="photo.jpg"');
    expect(served.headers()['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
    expect((await served.body()).includes('<script')).toBe(false);
    expect((await sharp(await served.body()).metadata()).format).toBe('jpeg');
  });

  await test.step('a sound file with a web page inside is kept as sound, sent so that it cannot run', async () => {
    const response = await upload('audio', 'song.html', 'text/html', mp3Html, { durationMs: 'NaN' });
    // Either refused (the bytes are not a whole MP3) or kept as audio/mpeg: never as a page.
    expect([201, 400], 'status').toContain(response.status());
    if (response.status() === 201) {
      const { id } = (await response.json()) as { id: string };
      const served = await page.request.get(`/api/media/${id}`);
      expect(served.headers()['content-type']).toBe('audio/mpeg');
      expect(served.headers()['x-content-type-options']).toBe('nosniff');
      expect(served.headers()['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
      // Opened on its own in the browser: a sandboxed sound, no script.
      await page.goto(`/api/media/${id}`);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    }
  });

  await test.step('through the CV form: a saved item survives a refused file, and a polyglot photo shows safely', async () => {
    await page.goto('/cv');
    await page.getByRole('link', { name: 'Add something you have done' }).click();
    await page.getByRole('textbox', { name: 'What did you do?' }).fill('Kept item');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

    await page.getByRole('link', { name: 'Add something you have done' }).click();
    await page.getByRole('textbox', { name: 'What did you do?' }).fill('Password file');
    const file = page.getByLabel('Or choose a photo, sound recording or video');
    await file.setInputFiles({ name: '../../etc/passwd', mimeType: 'image/jpeg', buffer: Buffer.from('root:x:0:0:root:/root:/bin/bash\n') });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'Choose a photo, a sound recording or a video' })).toBeVisible();
    await expectSafePage(page);

    await file.setInputFiles({ name: 'cake.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([jpeg, Buffer.from(SCRIPT)]) });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expectSafePage(page);
    const things = page.getByRole('list', { name: "Things I've done" });
    await expect(things.getByRole('listitem').filter({ hasText: 'Kept item' })).toBeVisible();
    await expect(things.getByRole('img', { name: 'Password file' })).toBeVisible();
  });

  expect(serverErrors).toEqual([]);
});
