import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { areaOfHost, chooseArea, normaliseHost, requestHost } from './choose-area';

const calderdale = { slug: 'calderdale', hosts: ['calderdale.nextsteps.example'] };
const northvale = { slug: 'northvale', hosts: ['northvale.nextsteps.example', 'www.northvale.example'] };
const areas = [calderdale, northvale];

describe('chooseArea', () => {
  it('uses the area whose host the visitor came to, before their cookie and the default', () => {
    assert.equal(chooseArea(areas, { host: 'northvale.nextsteps.example', chosenSlug: 'calderdale', defaultSlug: 'calderdale' }), northvale);
    assert.equal(chooseArea(areas, { host: 'WWW.Northvale.Example:443' }), northvale);
  });

  it('falls back to the chosen area, then the default, then the first, for an unknown host such as localhost', () => {
    assert.equal(chooseArea(areas, { host: 'localhost:3000', chosenSlug: 'northvale', defaultSlug: 'calderdale' }), northvale);
    assert.equal(chooseArea(areas, { host: 'localhost:3000', chosenSlug: 'nowhere', defaultSlug: 'northvale' }), northvale);
    assert.equal(chooseArea(areas, { host: 'localhost', chosenSlug: null, defaultSlug: 'nowhere' }), calderdale);
    assert.equal(chooseArea(areas, { host: null }), calderdale);
  });

  it('gives nothing when there are no areas', () => {
    assert.equal(chooseArea([], { host: 'northvale.nextsteps.example' }), null);
  });
});

describe('areaOfHost', () => {
  it('finds the area whose own host name this is, and nothing for any other host', () => {
    assert.equal(areaOfHost(areas, 'www.northvale.example:443'), northvale);
    assert.equal(areaOfHost(areas, 'localhost:3000'), null);
    assert.equal(areaOfHost(areas, null), null);
  });
});

describe('normaliseHost', () => {
  it('lower-cases, drops the port, a trailing dot and all but the first of a list', () => {
    assert.equal(normaliseHost('Calderdale.Example.org:3000'), 'calderdale.example.org');
    assert.equal(normaliseHost('a.example., b.example'), 'a.example');
    assert.equal(normaliseHost('[::1]:3000'), '[::1]');
  });

  it('refuses what is not a host name', () => {
    assert.equal(normaliseHost(''), null);
    assert.equal(normaliseHost('evil.example/path'), null);
    assert.equal(normaliseHost(undefined), null);
  });
});

describe('requestHost', () => {
  const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;
  it('reads x-forwarded-host only when the proxy is trusted', () => {
    const sent = headers({ host: 'localhost:3000', 'x-forwarded-host': 'northvale.nextsteps.example' });
    assert.equal(requestHost(sent, false), 'localhost:3000');
    assert.equal(requestHost(sent, true), 'northvale.nextsteps.example');
    assert.equal(requestHost(headers({ host: 'localhost:3000' }), true), 'localhost:3000');
  });
});
