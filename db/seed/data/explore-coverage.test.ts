import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LIKE_CHOICES, NOW_WORDS, TRAVEL_WORDS, WAY_CHOICES } from '../../../lib/explore/questions';
import { KINDS_OF_WORK } from '../../../lib/explore/work';
import { AREAS, KINDS } from './categories';

// The Explore content (lib/explore) must point at real categories, so every kind of work can find its
// local courses and vacancies, and together they must cover every area of work in the demo data.

const publicFile = (src: string) => path.join(process.cwd(), 'public', src);

describe('explore content and the categories', () => {
  it('maps every kind of work to categories that exist, in its own area or one near it', () => {
    const kinds = new Map(KINDS.map((kind) => [kind.slug, kind]));
    for (const work of KINDS_OF_WORK) {
      assert.ok(AREAS.some((area) => area.slug === work.area), `${work.slug}: no area ${work.area}`);
      for (const slug of work.categories) assert.ok(kinds.has(slug), `${work.slug}: no category ${slug}`);
      assert.ok(
        work.categories.some((slug) => kinds.get(slug)?.area === work.area),
        `${work.slug}: none of its categories is in ${work.area}`,
      );
    }
  });

  it('covers every area of work', () => {
    const covered = new Set(KINDS_OF_WORK.flatMap((work) => work.categories.map((slug) => KINDS.find((kind) => kind.slug === slug)!.area)));
    const missing = AREAS.filter((area) => !covered.has(area.slug)).map((area) => area.slug);
    assert.deepEqual(missing, []);
  });

  it('has every picture it names', () => {
    const pictures = [
      ...KINDS_OF_WORK.map((work) => work.picture),
      ...LIKE_CHOICES.map((choice) => choice.picture),
      ...WAY_CHOICES.map((choice) => choice.picture),
      ...Object.values(NOW_WORDS).map((words) => words.picture),
      ...Object.values(TRAVEL_WORDS).map((words) => words.picture),
    ];
    for (const picture of pictures) assert.ok(existsSync(publicFile(picture)), `missing ${picture}`);
  });
});
