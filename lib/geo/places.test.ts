import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundingBox, estimateTravel, formatMiles, formatMinutes, mapHref, milesBetween, parsePostcodeQuery } from './places';

describe('parsePostcodeQuery', () => {
  it('reads full postcodes however they are typed', () => {
    assert.deepEqual(parsePostcodeQuery(' hx1 2sp '), { kind: 'postcode', postcode: 'HX1 2SP', outcode: 'HX1' });
    assert.deepEqual(parsePostcodeQuery('HX12SP'), { kind: 'postcode', postcode: 'HX1 2SP', outcode: 'HX1' });
  });

  it('reads the first half on its own', () => {
    assert.deepEqual(parsePostcodeQuery('ol14'), { kind: 'outcode', outcode: 'OL14' });
  });

  it('refuses anything else', () => {
    for (const input of ['', 'Halifax', '12345', 'HX1 2S', 'ZZ']) assert.equal(parsePostcodeQuery(input), null, input);
  });
});

describe('distances and travel', () => {
  const halifax = { latitude: 53.7215, longitude: -1.865 };
  const hebdenBridge = { latitude: 53.742, longitude: -2.013 };

  it('measures Halifax to Hebden Bridge as about 6 miles', () => {
    const miles = milesBetween(halifax, hebdenBridge);
    assert.ok(miles > 5.5 && miles < 6.5, String(miles));
    assert.equal(milesBetween(halifax, halifax), 0);
  });

  it('formats miles for reading', () => {
    assert.equal(formatMiles(0.04), '0.1 miles');
    assert.equal(formatMiles(0.44), '0.4 miles');
    assert.equal(formatMiles(1.2), '1 mile');
    assert.equal(formatMiles(6.4), '6 miles');
  });

  it('offers walking only for short trips, and a bus always', () => {
    assert.deepEqual(estimateTravel(1), { walkMinutes: 26, busMinutes: 17 });
    assert.equal(estimateTravel(5).walkMinutes, null);
    assert.equal(estimateTravel(0).busMinutes, 10);
  });

  it('says minutes the way people do', () => {
    assert.equal(formatMinutes(3), 'about 5 minutes');
    assert.equal(formatMinutes(26), 'about 25 minutes');
    assert.equal(formatMinutes(70), 'about 1 hour 10 minutes');
    assert.equal(formatMinutes(121), 'about 2 hours');
  });
});

describe('mapHref', () => {
  it('puts a pin on OpenStreetMap', () => {
    assert.equal(
      mapHref({ latitude: 53.7213, longitude: -1.8608 }),
      'https://www.openstreetmap.org/?mlat=53.72130&mlon=-1.86080#map=16/53.72130/-1.86080',
    );
  });
});

describe('boundingBox', () => {
  it('holds every point within the distance, in every direction', () => {
    const halifax = { latitude: 53.7248, longitude: -1.8658 };
    for (const miles of [1, 3, 10, 20]) {
      const box = boundingBox(halifax, miles);
      for (let bearing = 0; bearing < 360; bearing += 5) {
        // Step out from Halifax until just past `miles`, then check the last point inside is in the box.
        const radians = (bearing * Math.PI) / 180;
        let inside = halifax;
        for (let step = 0.001; ; step += 0.001) {
          const point = { latitude: halifax.latitude + step * Math.cos(radians), longitude: halifax.longitude + step * Math.sin(radians) * 1.7 };
          if (milesBetween(halifax, point) > miles) break;
          inside = point;
        }
        assert.ok(inside.latitude >= box.south && inside.latitude <= box.north, `${miles} miles at ${bearing}°: latitude`);
        assert.ok(inside.longitude >= box.west && inside.longitude <= box.east, `${miles} miles at ${bearing}°: longitude`);
      }
    }
  });

  it('is not much bigger than it needs to be', () => {
    const box = boundingBox({ latitude: 53.7, longitude: -1.9 }, 10);
    assert.ok(milesBetween({ latitude: box.south, longitude: -1.9 }, { latitude: box.north, longitude: -1.9 }) < 20.1);
  });
});
