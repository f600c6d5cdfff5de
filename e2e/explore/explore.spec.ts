import { test } from '../fixtures/test';
import { exploreAndSave } from './journey';

test('a young person finds work they might like by tapping pictures, and saves it', async ({ page }) => {
  // A long journey (four questions, a profile, signing in, saving) with axe on every page, on a shared machine.
  test.setTimeout(180_000);
  await exploreAndSave(page, (title, body) => test.step(title, body), 'Rio', { checkAxe: true });
});
