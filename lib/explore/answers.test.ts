import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerPairs, exploreHref, hasAnyAnswer, NO_ANSWERS, nextStepPath, parseExploreAnswers, previousStepPath, travelMiles } from './answers';

describe('explore answers in the URL', () => {
  it('reads answers, dropping unknown ones and keeping the question order', () => {
    const answers = parseExploreAnswers({
      like: ['driving', 'nonsense', 'fixing', 'fixing'],
      way: 'hands',
      now: ['none', 'more'],
      travel: 'rocket',
      postcode: '  hx1 2sp  ',
    });
    assert.deepEqual(answers, { like: ['fixing', 'driving'], way: ['hands'], now: 'none', travel: undefined, postcode: 'hx1 2sp' });
  });

  it('reads nothing as no answers', () => {
    assert.deepEqual(parseExploreAnswers({}), { ...NO_ANSWERS, now: undefined, travel: undefined, postcode: undefined });
    assert.equal(hasAnyAnswer(parseExploreAnswers({})), false);
    assert.equal(hasAnyAnswer(parseExploreAnswers({ now: 'gcses' })), true);
  });

  it('writes answers back into a short, shareable link', () => {
    const answers = parseExploreAnswers({ like: ['fixing', 'outdoors'], way: 'team', travel: 'bus', postcode: 'HX1' });
    assert.equal(exploreHref('/explore/matches', answers), '/explore/matches?like=fixing&like=outdoors&way=team&travel=bus&postcode=HX1');
    assert.equal(exploreHref('/explore/matches', NO_ANSWERS), '/explore/matches');
    assert.equal(exploreHref('/explore/travel', answers, { leaveOut: 'travel' }), '/explore/travel?like=fixing&like=outdoors&way=team');
    assert.deepEqual(answerPairs(answers, { leaveOut: 'enjoy' }), [
      ['way', 'team'],
      ['travel', 'bus'],
      ['postcode', 'HX1'],
    ]);
  });

  it('goes through the steps in order', () => {
    assert.equal(previousStepPath('enjoy'), '/explore');
    assert.equal(nextStepPath('enjoy'), '/explore/style');
    assert.equal(nextStepPath('style'), '/explore/now');
    assert.equal(nextStepPath('now'), '/explore/travel');
    assert.equal(nextStepPath('travel'), '/explore/matches');
    assert.equal(previousStepPath('travel'), '/explore/now');
  });

  it('looks as far as the way you travel, or a bus ride', () => {
    assert.equal(travelMiles({ travel: 'walk' }), 2);
    assert.equal(travelMiles({ travel: 'train' }), 20);
    assert.equal(travelMiles({}), 10);
  });
});
