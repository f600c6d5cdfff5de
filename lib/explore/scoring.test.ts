import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ExploreAnswers, NO_ANSWERS } from './answers';
import { BROAD_ORDER, joinWords, rankKindsOfWork, TOP_MATCHES } from './scoring';
import { findKindOfWork, KINDS_OF_WORK } from './work';

const answers = (changes: Partial<ExploreAnswers>): ExploreAnswers => ({ ...NO_ANSWERS, ...changes });
const topSlugs = (given: ExploreAnswers, count = 3) => rankKindsOfWork(given).slice(0, count).map((match) => match.kind.slug);

describe('ranking kinds of work', () => {
  it('puts the mechanic first for someone who likes fixing things and driving', () => {
    const ranked = rankKindsOfWork(answers({ like: ['fixing', 'driving'], way: ['hands'] }));
    assert.equal(ranked[0]?.kind.slug, 'mechanic');
    assert.equal(ranked[0]?.reason, 'You like fixing things, driving and working with your hands.');
  });

  it('puts caring work first for someone who likes looking after people and working with people', () => {
    const top = topSlugs(answers({ like: ['caring'], way: ['people', 'team'] }));
    assert.ok(top.includes('care-worker'), top.join());
    assert.ok(top.includes('healthcare'), top.join());
  });

  it('puts animal and outdoor work first for someone who likes animals and being outdoors', () => {
    assert.deepEqual(topSlugs(answers({ like: ['animals', 'outdoors'], way: ['outside'] }), 1), ['farm']);
  });

  it('puts computer work first for someone who likes computers and games', () => {
    const top = topSlugs(answers({ like: ['computers'], way: ['alone', 'indoors'] }));
    assert.ok(top.includes('coder') && top.includes('it-support'), top.join());
  });

  it('puts hair and beauty first for someone who likes making things look good and chatting', () => {
    assert.deepEqual(topSlugs(answers({ like: ['looks', 'talking'], way: ['people'] }), 1), ['hairdresser']);
  });

  it('puts the nursery first for someone who likes young children', () => {
    assert.deepEqual(topSlugs(answers({ like: ['children'] }), 1), ['nursery']);
  });

  it('finds a first choice for every single thing you can enjoy', () => {
    for (const tag of ['fixing', 'building', 'caring', 'children', 'outdoors', 'animals', 'looks', 'art', 'music', 'computers', 'sport', 'cooking', 'driving', 'talking', 'numbers', 'science'] as const) {
      const [first] = rankKindsOfWork(answers({ like: [tag] }));
      assert.ok(first?.kind.likes.includes(tag), `${tag} → ${first?.kind.slug}`);
      assert.ok(first?.reason.startsWith('You like '), first?.reason);
    }
  });

  it('prefers ways in that need no qualifications when you have none yet, and says so', () => {
    const withGcses = rankKindsOfWork(answers({ like: ['computers'], now: 'gcses' }));
    const withNone = rankKindsOfWork(answers({ like: ['computers'], now: 'none' }));
    assert.equal(withGcses[0]?.kind.canStartWithoutQualifications, false);
    assert.equal(withNone[0]?.kind.canStartWithoutQualifications, true);
    assert.match(withNone[0]!.reason, /You can start without qualifications\.$/);
    const coder = withNone.find((match) => match.kind.slug === 'coder')!;
    assert.match(coder.reason, /You may need some qualifications first/);
  });

  it('gives broad, varied suggestions when every question is skipped', () => {
    const top = rankKindsOfWork(NO_ANSWERS).slice(0, TOP_MATCHES);
    assert.deepEqual(
      top.map((match) => match.kind.slug),
      BROAD_ORDER.slice(0, TOP_MATCHES),
    );
    assert.equal(new Set(top.map((match) => match.kind.area)).size, TOP_MATCHES, 'each from a different area of work');
    assert.ok(top.every((match) => match.kind.canStartWithoutQualifications));
    assert.ok(top.every((match) => match.reason === 'Lots of young people start here.'));
  });

  it('still gives broad suggestions that need no qualifications when the only answer is "no qualifications yet"', () => {
    const top = rankKindsOfWork(answers({ now: 'none' })).slice(0, TOP_MATCHES);
    assert.ok(top.every((match) => match.kind.canStartWithoutQualifications));
    assert.equal(new Set(top.map((match) => match.kind.area)).size, TOP_MATCHES);
  });

  it('ranks every kind of work exactly once, the same way every time', () => {
    const given = answers({ like: ['sport', 'music'], way: ['team'] });
    const first = rankKindsOfWork(given).map((match) => match.kind.slug);
    assert.equal(first.length, KINDS_OF_WORK.length);
    assert.equal(new Set(first).size, KINDS_OF_WORK.length);
    assert.deepEqual(rankKindsOfWork(given).map((match) => match.kind.slug), first);
  });

  it('keeps a reason to three things at most', () => {
    const [first] = rankKindsOfWork(answers({ like: ['fixing', 'driving', 'science'], way: ['hands', 'team', 'indoors'] }));
    assert.equal(first?.reason, 'You like fixing things, driving and science.');
  });
});

describe('joining words', () => {
  it('reads like a sentence', () => {
    assert.equal(joinWords([]), '');
    assert.equal(joinWords(['a']), 'a');
    assert.equal(joinWords(['a', 'b']), 'a and b');
    assert.equal(joinWords(['a', 'b', 'c']), 'a, b and c');
  });
});

describe('kinds of work', () => {
  it('has at least 20, each with its words filled in and a unique slug', () => {
    assert.ok(KINDS_OF_WORK.length >= 20);
    assert.equal(new Set(KINDS_OF_WORK.map((kind) => kind.slug)).size, KINDS_OF_WORK.length);
    for (const kind of KINDS_OF_WORK) {
      for (const text of [kind.name, kind.summary, kind.day, kind.pay.start, kind.pay.later, kind.leadsTo, kind.story.transcript]) {
        assert.ok(text.length > 0, kind.slug);
      }
      assert.ok(kind.categories.length > 0, kind.slug);
      assert.equal(findKindOfWork(kind.slug), kind);
    }
    assert.equal(findKindOfWork('not-a-kind'), null);
  });
});
