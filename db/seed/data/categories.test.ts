import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AREAS, KINDS, categoryImagePath } from './categories';
import {
  APPRENTICESHIP_SUBJECTS_2008,
  EMPLOYMENT_VACANCIES_2008,
  STARTS_BY_OCCUPATION_2008,
  TRAINING_PLACES_2008,
} from './source-tables';

const publicDir = path.join(process.cwd(), 'public');
const fileFor = (imagePath: string) => path.join(publicDir, imagePath);

describe('categories', () => {
  it('has 18 to 24 areas of work with unique slugs', () => {
    assert.ok(AREAS.length >= 18 && AREAS.length <= 24, `${AREAS.length} areas`);
    const slugs = [...AREAS, ...KINDS].map((category) => category.slug);
    assert.equal(new Set(slugs).size, slugs.length, 'every category slug is unique');
  });

  it('puts every kind of work under an area that exists', () => {
    const areaSlugs = new Set(AREAS.map((area) => area.slug));
    for (const kind of KINDS) assert.ok(areaSlugs.has(kind.area), `${kind.slug} → ${kind.area}`);
  });

  it('gives every area at least one kind of work', () => {
    for (const area of AREAS) assert.ok(KINDS.some((kind) => kind.area === area.slug), area.slug);
  });

  it('maps each Table 5 row to exactly one kind of work', () => {
    for (const row of EMPLOYMENT_VACANCIES_2008) {
      assert.equal(KINDS.filter((kind) => kind.employment === row.category).length, 1, row.category);
    }
  });

  it('maps each Table 4 row to exactly one kind of work', () => {
    for (const row of TRAINING_PLACES_2008) {
      assert.equal(KINDS.filter((kind) => kind.training === row.category).length, 1, row.category);
    }
  });

  it('merges kinds that two tables both name, like bar work', () => {
    const barWork = KINDS.filter((kind) => kind.employment === 'Bar work' || kind.training === 'Bar work');
    assert.equal(barWork.length, 1);
  });

  it('maps each apprenticeship subject (Table 3) to exactly one kind of work', () => {
    for (const subject of APPRENTICESHIP_SUBJECTS_2008) {
      assert.equal(KINDS.filter((kind) => kind.apprenticeship?.includes(subject)).length, 1, subject);
    }
  });

  it('covers every occupation group of Table 6 with an area', () => {
    for (const row of STARTS_BY_OCCUPATION_2008) {
      assert.equal(AREAS.filter((area) => area.startsGroups.includes(row.occupationGroup)).length, 1, row.occupationGroup);
    }
  });

  it('writes names and descriptions in plain words, each description one sentence', () => {
    for (const category of [...AREAS, ...KINDS]) {
      assert.ok(category.name.length <= 32, `${category.slug}: short name`);
      assert.match(category.description, /^[A-Z][^.]*\.$/, `${category.slug}: one sentence`);
      assert.ok(category.description.split(' ').length <= 20, `${category.slug}: short sentence`);
      assert.doesNotMatch(`${category.name} ${category.description}`, /\bNEET\b/i);
      assert.ok(category.lenses.length > 0, `${category.slug}: has a lens`);
    }
  });

  it('gives every area its own picture', () => {
    for (const area of AREAS) assert.ok(existsSync(fileFor(categoryImagePath(area.slug))), area.slug);
  });

  it('gives every kind of work a picture that exists, and at least 40 kinds their own', () => {
    for (const kind of KINDS) assert.ok(existsSync(fileFor(categoryImagePath(kind.image))), `${kind.slug} → ${kind.image}`);
    const ownPictures = KINDS.filter((kind) => kind.image === kind.slug);
    assert.ok(ownPictures.length >= 40, `${ownPictures.length} kinds have their own picture`);
  });

  it('keeps every picture small', () => {
    for (const category of [...AREAS, ...KINDS]) {
      const image = 'image' in category ? category.image : category.slug;
      assert.ok(statSync(fileFor(categoryImagePath(image))).size < 2048, image);
    }
  });
});
