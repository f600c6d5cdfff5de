import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPLOYMENT_VACANCIES_2008 } from './data/source-tables';
import {
  allTitles,
  claimSlug,
  isApprenticeshipTitle,
  makeTitles,
  planEmploymentVacancies,
  planTrainingPlaces,
  slugify,
  splitTotal,
  summariseTrainingPlaces,
} from './plan';
import { createRandom } from './random';

describe('planEmploymentVacancies', () => {
  const plans = planEmploymentVacancies();

  it('makes 1,491 vacancies across 70 kinds of work', () => {
    assert.equal(plans.length, 70);
    assert.equal(
      plans.reduce((sum, plan) => sum + plan.vacancyTitles.length, 0),
      1491,
    );
  });

  it('matches each Table 5 row: its vacancy count and its number of distinct titles', () => {
    for (const row of EMPLOYMENT_VACANCIES_2008) {
      const plan = plans.find((p) => p.source === row.category);
      assert.ok(plan, row.category);
      assert.equal(plan.vacancyTitles.length, row.vacancies, `${row.category} vacancies`);
      assert.equal(new Set(plan.vacancyTitles).size, row.opportunityTypes, `${row.category} distinct titles`);
    }
  });

  it('gives office and admin work 260 different titles for 309 vacancies', () => {
    const clerical = plans.find((p) => p.source === 'Clerical/admin');
    assert.equal(clerical?.vacancyTitles.length, 309);
    assert.equal(new Set(clerical?.vacancyTitles).size, 260);
  });

  it('has both jobs and apprenticeships', () => {
    const titles = plans.flatMap((plan) => plan.vacancyTitles);
    const apprenticeships = titles.filter(isApprenticeshipTitle).length;
    assert.ok(apprenticeships > 300 && apprenticeships < titles.length - 300, `${apprenticeships} apprenticeships`);
  });

  it('comes out the same every time', () => {
    assert.deepEqual(planEmploymentVacancies(), plans);
  });
});

describe('planTrainingPlaces', () => {
  const plans = planTrainingPlaces();

  it('matches each Table 4 kind: places add up, or the kind is open-ended', () => {
    assert.equal(plans.length, 23);
    for (const plan of plans) {
      if (plan.isOpenEnded) {
        assert.ok(plan.rows.every((row) => row.places === null), `${plan.source} rows are open-ended`);
      } else {
        assert.equal(
          plan.rows.reduce((sum, row) => sum + (row.places ?? 0), 0),
          plan.sourcePlaces,
          plan.source,
        );
        assert.ok(plan.rows.every((row) => row.places !== null && row.places > 0), `${plan.source} rows have places`);
      }
      assert.equal(new Set(plan.rows.map((row) => row.title)).size, plan.titles.length, `${plan.source} uses every title`);
    }
  });

  it('adds up to the source’s 3,797, with each 99 stored as open-ended and never as 99', () => {
    const summary = summariseTrainingPlaces(plans);
    assert.equal(summary.sourceTotal, 3797);
    assert.equal(summary.openEndedKinds, 4);
    assert.equal(summary.countedPlaces, 3797 - 4 * 99);
    assert.ok(plans.flatMap((plan) => plan.rows).every((row) => row.places !== 99));
  });

  it('treats preparatory training as getting-ready-for-work courses with 1,289 places', () => {
    const preparatory = plans.find((plan) => plan.source === 'Preparatory Training');
    assert.equal(preparatory?.kindSlug, 'getting-ready-for-work-courses');
    assert.equal(
      preparatory?.rows.reduce((sum, row) => sum + (row.places ?? 0), 0),
      1289,
    );
  });
});

describe('splitTotal', () => {
  it('splits into positive parts that add up', () => {
    const random = createRandom(1);
    for (const [total, parts] of [
      [100, 3],
      [1289, 29],
      [4, 1],
      [7, 7],
    ] as const) {
      const split = splitTotal(total, parts, random);
      assert.equal(split.length, parts);
      assert.equal(
        split.reduce((a, b) => a + b, 0),
        total,
      );
      assert.ok(split.every((n) => n >= 1));
    }
  });

  it('refuses a split that cannot give everyone at least one', () => {
    assert.throws(() => splitTotal(2, 3, createRandom(1)));
  });
});

describe('titles and slugs', () => {
  it('makes distinct titles, plain roles first', () => {
    const parts = { roles: ['Apprentice chef', 'Kitchen porter'], settings: ['café', 'hotel'] };
    assert.deepEqual(allTitles(parts).slice(0, 2), ['Apprentice chef', 'Kitchen porter']);
    const titles = makeTitles(parts, 5, createRandom(3));
    assert.equal(new Set(titles).size, 5);
    assert.deepEqual(titles.slice(0, 2), ['Apprentice chef', 'Kitchen porter']);
    assert.throws(() => makeTitles(parts, 7, createRandom(3)));
  });

  it('reads apprenticeships from the title', () => {
    assert.equal(isApprenticeshipTitle('Apprentice plumber'), true);
    assert.equal(isApprenticeshipTitle('Payroll apprentice'), true);
    assert.equal(isApprenticeshipTitle('Kitchen assistant'), false);
  });

  it('makes readable, unique slugs', () => {
    assert.equal(slugify('Hairdressing (Level 2)'), 'hairdressing-level-2');
    assert.equal(slugify('St Martin’s Café – Brighouse'), 'st-martins-cafe-brighouse');
    const taken = new Set<string>();
    assert.equal(claimSlug('bakery', taken), 'bakery');
    assert.equal(claimSlug('bakery', taken), 'bakery-2');
    assert.equal(claimSlug('bakery', taken), 'bakery-3');
  });
});
