import { test } from '../fixtures/test';
import { exploreAndSave } from './journey';

test.use({ javaScriptEnabled: false });

test('without JavaScript, the same journey works: every step is a plain form', async ({ page }) => {
  // A long journey (four questions, a profile, signing in, saving) with axe on every page, on a shared machine.
  test.setTimeout(180_000);
  await exploreAndSave(page, (title, body) => test.step(title, body), 'Sam', { checkAxe: false });
});
