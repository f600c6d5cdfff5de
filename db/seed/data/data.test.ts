import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEMO_ACCOUNTS, DEMO_CENTRES } from '../accounts';
import { KINDS } from './categories';
import { KIND_COURSE_WORDS, PROGRAMMES } from './courses';
import { CALDERDALE_EMPLOYERS, NORTHVALE_EMPLOYERS } from './employers';
import { CALDERDALE_PLACES, NORTHVALE_PLACES, findPlace } from './places';
import { CALDERDALE_PROVIDERS, NORTHVALE_PROVIDERS } from './providers';
import { SKILLS, skillImagePath } from './skills';
import { APPRENTICESHIP_SUBJECTS_2008 } from './source-tables';
import { EMPLOYMENT_TITLE_PARTS, TRAINING_TITLES, VOLUNTEERING_ROLES, WORK_EXPERIENCE_TITLES } from './vacancy-titles';

const kindSlugs = new Set(KINDS.map((kind) => kind.slug));
const publicDir = path.join(process.cwd(), 'public');

describe('places', () => {
  it('has about 30 Calderdale postcodes, each in a real Calderdale postcode district', () => {
    assert.ok(CALDERDALE_PLACES.length >= 28);
    for (const place of CALDERDALE_PLACES) {
      assert.match(place.postcode, /^(HX[1-7]|HD6|OL14) \d[A-Z]{2}$/, place.postcode);
      assert.ok(place.latitude > 53.65 && place.latitude < 53.78, `${place.postcode} latitude`);
      assert.ok(place.longitude > -2.15 && place.longitude < -1.75, `${place.postcode} longitude`);
    }
  });

  it('finds a place whatever the spacing and case', () => {
    assert.equal(findPlace('hx12sp')?.town, 'Halifax');
    assert.equal(findPlace('HG1 2RY')?.town, 'Harrogate');
    assert.equal(findPlace('ZZ9 9ZZ'), undefined);
  });

  it('uses only known postcodes for sites, employers, centres and young people', () => {
    for (const provider of CALDERDALE_PROVIDERS) {
      for (const site of provider.sites) assert.ok(findPlace(site.postcode, CALDERDALE_PLACES), `${provider.slug} ${site.postcode}`);
    }
    for (const provider of NORTHVALE_PROVIDERS) {
      for (const site of provider.sites) assert.ok(findPlace(site.postcode, NORTHVALE_PLACES), `${provider.slug} ${site.postcode}`);
    }
    for (const employer of CALDERDALE_EMPLOYERS) assert.ok(findPlace(employer.postcode, CALDERDALE_PLACES), employer.slug);
    for (const employer of NORTHVALE_EMPLOYERS) assert.ok(findPlace(employer.postcode, NORTHVALE_PLACES), employer.slug);
    for (const centre of DEMO_CENTRES) assert.ok(findPlace(centre.postcode), centre.name);
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      if ('postcode' in account) assert.ok(findPlace(account.postcode), account.name);
    }
  });
});

describe('providers', () => {
  it('follows the 2008 prospectus mix: 40 providers, 38 with courses, 19 with apprenticeships, 4 without a website', () => {
    assert.equal(CALDERDALE_PROVIDERS.length, 40);
    assert.equal(CALDERDALE_PROVIDERS.filter((p) => p.courseKinds.length > 0).length, 38);
    assert.equal(CALDERDALE_PROVIDERS.filter((p) => p.apprenticeships.length > 0).length, 19);
    assert.equal(CALDERDALE_PROVIDERS.filter((p) => p.website === null).length, 4);
  });

  it('has the expected kinds of provider', () => {
    const count = (kind: string) => CALDERDALE_PROVIDERS.filter((p) => p.kind === kind).length;
    assert.equal(count('school_sixth_form'), 8);
    assert.equal(count('college'), 3);
    assert.equal(count('training_provider'), 20);
    assert.ok(count('employer_provider') >= 3);
    assert.ok(count('voluntary_organisation') >= 3);
  });

  it('has unique slugs and 1 to 3 sites each', () => {
    const slugs = CALDERDALE_PROVIDERS.map((p) => p.slug);
    assert.equal(new Set(slugs).size, slugs.length);
    for (const provider of [...CALDERDALE_PROVIDERS, ...NORTHVALE_PROVIDERS]) {
      assert.ok(provider.sites.length >= 1 && provider.sites.length <= 3, provider.slug);
    }
  });

  it('names only kinds of work and apprenticeship subjects that exist', () => {
    for (const provider of [...CALDERDALE_PROVIDERS, ...NORTHVALE_PROVIDERS]) {
      for (const kind of [...provider.courseKinds, ...provider.trainingKinds]) assert.ok(kindSlugs.has(kind), `${provider.slug}: ${kind}`);
      for (const subject of provider.apprenticeships) assert.ok(APPRENTICESHIP_SUBJECTS_2008.includes(subject), `${provider.slug}: ${subject}`);
    }
  });

  it('offers every apprenticeship subject somewhere in Calderdale', () => {
    for (const subject of APPRENTICESHIP_SUBJECTS_2008) {
      assert.ok(CALDERDALE_PROVIDERS.some((p) => p.apprenticeships.includes(subject)), subject);
    }
  });

  it('has a picture file for every provider picture', () => {
    for (const provider of [...CALDERDALE_PROVIDERS, ...NORTHVALE_PROVIDERS]) {
      assert.ok(existsSync(path.join(publicDir, 'images', 'providers', `${provider.image}.svg`)), provider.image);
    }
  });
});

describe('employers', () => {
  it('has about 80 employers, two waiting for approval, with unique slugs', () => {
    assert.ok(CALDERDALE_EMPLOYERS.length >= 80);
    assert.equal(CALDERDALE_EMPLOYERS.filter((e) => e.status === 'pending').length, 2);
    const slugs = CALDERDALE_EMPLOYERS.map((e) => e.slug);
    assert.equal(new Set(slugs).size, slugs.length);
  });

  it('names only kinds of work that exist', () => {
    for (const employer of [...CALDERDALE_EMPLOYERS, ...NORTHVALE_EMPLOYERS]) {
      for (const kind of employer.kinds) assert.ok(kindSlugs.has(kind), `${employer.slug}: ${kind}`);
    }
  });

  it('has an approved employer for every kind of work with Table 5 vacancies', () => {
    for (const kind of KINDS.filter((k) => k.employment)) {
      assert.ok(
        CALDERDALE_EMPLOYERS.some((e) => e.status === 'approved' && e.kinds.includes(kind.slug)),
        kind.slug,
      );
    }
  });

  it('includes the demo employer account’s employer', () => {
    assert.ok(CALDERDALE_EMPLOYERS.some((e) => e.slug === DEMO_ACCOUNTS.employerStaff.employerSlug));
    assert.ok(CALDERDALE_PROVIDERS.some((p) => p.slug === DEMO_ACCOUNTS.providerStaff.providerSlug));
  });
});

describe('course catalogue and vacancy words', () => {
  it('uses kinds of work that exist and have course words', () => {
    for (const programme of PROGRAMMES) {
      assert.ok(kindSlugs.has(programme.kind), programme.title);
      assert.ok(KIND_COURSE_WORDS[programme.kind], `course words for ${programme.kind}`);
      if (programme.route === 'apprenticeship') assert.ok(APPRENTICESHIP_SUBJECTS_2008.includes(programme.subject ?? ''), programme.title);
    }
  });

  it('has title words and training titles only for kinds that exist', () => {
    for (const slug of [...Object.keys(EMPLOYMENT_TITLE_PARTS), ...Object.keys(TRAINING_TITLES)]) assert.ok(kindSlugs.has(slug), slug);
    for (const [slug] of WORK_EXPERIENCE_TITLES) assert.ok(kindSlugs.has(slug), slug);
    for (const role of VOLUNTEERING_ROLES) assert.ok(kindSlugs.has(role.kind), role.kind);
  });

  it('never uses the word NEET', () => {
    const text = JSON.stringify([PROGRAMMES, KIND_COURSE_WORDS, CALDERDALE_PROVIDERS, CALDERDALE_EMPLOYERS, EMPLOYMENT_TITLE_PARTS, TRAINING_TITLES]);
    assert.doesNotMatch(text, /\bNEET\b/i);
  });
});

describe('skills and pictures', () => {
  it('has 12 skills, each with a picture', () => {
    assert.equal(SKILLS.length, 12);
    for (const skill of SKILLS) assert.ok(existsSync(path.join(publicDir, skillImagePath(skill.slug))), skill.slug);
  });

  it('keeps every picture a small, self-contained SVG with no text', () => {
    for (const folder of ['categories', 'skills', 'providers']) {
      const dir = path.join(publicDir, 'images', folder);
      for (const file of readdirSync(dir)) {
        const svg = readFileSync(path.join(dir, file), 'utf8');
        assert.ok(svg.length < 2048, `${folder}/${file} is under 2 KB`);
        assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 96 96"/, `${folder}/${file}`);
        assert.doesNotMatch(svg, /<text|<image|href=|url\(/, `${folder}/${file} has no text or outside references`);
      }
    }
  });
});

describe('demo accounts', () => {
  it('uses phone numbers from Ofcom’s drama range and unique sign-in details', () => {
    const accounts = Object.values(DEMO_ACCOUNTS);
    for (const account of accounts) {
      if ('phone' in account) assert.match(account.phone, /^\+447700900\d{3}$/);
    }
    const ids = accounts.map((account) => ('phone' in account ? account.phone : account.email));
    assert.equal(new Set(ids).size, ids.length);
  });
});
