import { expect, test } from '../fixtures/test';

// Public media answers byte ranges the way video players ask (issue 12): 206 with only the bytes asked for,
// 416 for a range outside the file, 200 with the whole file when no range is asked.
test('a story clip is sent in byte ranges: 206 for a part, 416 outside the file', async ({ page, request }) => {
  await page.goto('/providers/calder-valley-college');
  const video = page.locator('video[aria-label="Marcus’s story"]');
  await expect(video).toHaveCount(1);
  const src = await video.evaluate((element) => element.getAttribute('src') ?? element.querySelector('source')?.getAttribute('src') ?? '');
  expect(src).toMatch(/^\/api\/stories\/[0-9a-f-]{36}\/media$/);

  const whole = await request.get(src);
  expect(whole.status()).toBe(200);
  expect(whole.headers()['accept-ranges']).toBe('bytes');
  // Streamed from storage, so the whole file comes chunked (no Content-Length); the 206s carry the size.
  const bytes = await whole.body();
  const size = bytes.byteLength;
  expect(size).toBeGreaterThan(1000);

  const part = await request.get(src, { headers: { range: 'bytes=100-199' } });
  expect(part.status()).toBe(206);
  expect(part.headers()['content-range']).toBe(`bytes 100-199/${size}`);
  expect(Buffer.compare(await part.body(), bytes.subarray(100, 200))).toBe(0);

  const end = await request.get(src, { headers: { range: 'bytes=-10' } });
  expect(end.status()).toBe(206);
  expect(Buffer.compare(await end.body(), bytes.subarray(size - 10))).toBe(0);

  const outside = await request.get(src, { headers: { range: `bytes=${size}-` } });
  expect(outside.status()).toBe(416);
  expect(outside.headers()['content-range']).toBe(`bytes */${size}`);
});
