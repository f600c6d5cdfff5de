import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KINDS as CATEGORY_KINDS } from '../../db/seed/data/categories';
import { KINDS_OF_WORK } from '../explore/work';
import {
  kindsOfWorkAsArea,
  ownPicturePath,
  pictureCategoryOf,
  seeCardsAsArea,
  seeKindOfWorkAsArea,
  seePictureAsArea,
  SERVICE_VIEW,
  toAreaCategoryView,
  withOwnWords,
} from './area-view';

const card = (slug: string) => ({ slug, name: slug, imagePath: `/images/categories/${slug}.svg`, imageAlt: '', vacancyCount: 2 });
const photo = { path: '/api/category-pictures/c1?v=abcdef12', alt: 'Builders on a roof' };

const view = toAreaCategoryView([
  { slug: 'building-and-construction', ownWords: 'Build new homes by the canal.', isHidden: false, ownPicture: photo },
  { slug: 'plumbing', ownWords: null, isHidden: true, ownPicture: null },
  { slug: 'gas-fitting', ownWords: null, isHidden: true, ownPicture: null },
  { slug: 'painting-and-decorating', ownWords: null, isHidden: false, ownPicture: photo },
]);

describe('seeCardsAsArea', () => {
  it('keeps the service’s pictures and words when the area changed nothing', () => {
    const cards = [card('plumbing'), card('bricklaying')];
    assert.deepEqual(
      seeCardsAsArea(cards, SERVICE_VIEW),
      cards.map((c) => ({ ...c, ownWords: null })),
    );
  });

  it('uses the area’s own picture and words, and leaves out kinds of work it hid, in the same order', () => {
    const seen = seeCardsAsArea([card('building-and-construction'), card('plumbing'), card('painting-and-decorating'), card('bricklaying')], view);
    assert.deepEqual(
      seen.map((c) => c.slug),
      ['building-and-construction', 'painting-and-decorating', 'bricklaying'],
    );
    assert.equal(seen[0]!.imagePath, photo.path);
    assert.equal(seen[0]!.imageAlt, 'Builders on a roof');
    assert.equal(seen[0]!.ownWords, 'Build new homes by the canal.');
    assert.equal(seen[0]!.vacancyCount, 2);
    assert.equal(seen[2]!.imagePath, '/images/categories/bricklaying.svg');
    assert.equal(seen[2]!.ownWords, null);
  });
});

describe('withOwnWords', () => {
  it('puts the area’s words before the count, ending them with a full stop', () => {
    assert.equal(withOwnWords(null, '3 places'), '3 places');
    assert.equal(withOwnWords('Build homes.', '3 places'), 'Build homes. 3 places');
    assert.equal(withOwnWords('Build homes ', '3 places'), 'Build homes. 3 places');
    assert.equal(withOwnWords('Want to build?', '3 places'), 'Want to build? 3 places');
  });
});

describe('Explore kinds of work as an area sees them', () => {
  it('finds the category each kind’s picture shows: a real kind of work, so a council can change its picture', () => {
    for (const kind of KINDS_OF_WORK) {
      assert.ok(CATEGORY_KINDS.some((category) => category.slug === pictureCategoryOf(kind)), kind.slug);
    }
    assert.equal(pictureCategoryOf({ picture: '/images/categories/plumbing.svg', categories: ['plumbing', 'gas-fitting'] }), 'plumbing');
    assert.equal(pictureCategoryOf({ picture: '/images/explore/start.png', categories: ['plumbing'] }), 'plumbing');
  });

  it('shows the area’s own picture with its words, else the service’s decorative one', () => {
    const decorator = KINDS_OF_WORK.find((kind) => kind.slug === 'decorator')!;
    const seen = seeKindOfWorkAsArea(decorator, view);
    assert.equal(seen.picture, photo.path);
    assert.equal(seen.pictureAlt, 'Builders on a roof');
    assert.equal(seen.isHidden, false);
    const service = seeKindOfWorkAsArea(decorator, SERVICE_VIEW);
    assert.equal(service.picture, decorator.picture);
    assert.equal(service.pictureAlt, '');
  });

  it('leaves out a kind only when the area hid every kind of work it covers', () => {
    const slugs = kindsOfWorkAsArea(KINDS_OF_WORK, view).map((kind) => kind.slug);
    // The plumber covers plumbing and gas fitting, both hidden.
    assert.ok(!slugs.includes('plumber'));
    assert.ok(slugs.includes('builder'));
    const onlyPlumbing = toAreaCategoryView([{ slug: 'plumbing', ownWords: null, isHidden: true, ownPicture: null }]);
    assert.ok(kindsOfWorkAsArea(KINDS_OF_WORK, onlyPlumbing).some((kind) => kind.slug === 'plumber'), 'gas fitting is still a way in');
    assert.equal(kindsOfWorkAsArea(KINDS_OF_WORK, SERVICE_VIEW).length, KINDS_OF_WORK.length);
  });
});

describe('ownPicturePath', () => {
  it('carries part of the media id, so a new picture gets a new address', () => {
    assert.equal(ownPicturePath('cat-1', '0123456789abcdef'), '/api/category-pictures/cat-1?v=01234567');
  });
});

describe('seePictureAsArea', () => {
  const record = { title: 'Labourer', imagePath: '/images/categories/building-and-construction.svg', imageAlt: '', pictureCategory: 'building-and-construction' };

  it('shows the area’s own picture, with its words, where the record shows its kind of work’s', () => {
    assert.deepEqual(seePictureAsArea(record, view), { ...record, imagePath: photo.path, imageAlt: photo.alt });
  });

  it('keeps a record’s own picture, and the service’s where the area has none', () => {
    const own = { ...record, imagePath: '/images/vacancies/site.jpg', imageAlt: 'A building site', pictureCategory: null };
    assert.equal(seePictureAsArea(own, view), own);
    assert.equal(seePictureAsArea(record, SERVICE_VIEW), record);
    assert.equal(seePictureAsArea({ ...record, pictureCategory: 'plumbing' }, view).imagePath, record.imagePath);
  });
});
