import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { PHOTO_MAX_SIDE, reencodePhoto } from './images';

/** A photo as a phone takes it: on its side (EXIF orientation 6), with GPS and camera details. */
async function phonePhoto(width: number, height: number): Promise<Uint8Array> {
  const buffer = await sharp({ create: { width, height, channels: 3, background: '#3366cc' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 43/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '1/1 51/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  return new Uint8Array(buffer);
}

describe('reencodePhoto', () => {
  it('keeps no EXIF, GPS or camera details', async () => {
    const input = await phonePhoto(40, 20);
    const before = await sharp(input).metadata();
    assert.ok(before.exif, 'the fixture has EXIF to start with');
    assert.equal(before.orientation, 6);
    const output = await reencodePhoto(input);
    const after = await sharp(output.bytes).metadata();
    assert.equal(after.exif, undefined);
    assert.equal(after.icc, undefined);
    assert.equal(after.xmp, undefined);
    assert.equal(after.format, 'jpeg');
    assert.equal(Buffer.from(output.bytes).includes('PhoneMaker'), false);
  });

  it('turns the picture the right way up', async () => {
    const output = await reencodePhoto(await phonePhoto(40, 20));
    assert.deepEqual([output.width, output.height], [20, 40]);
  });

  it('shrinks very large pictures', async () => {
    const big = await sharp({ create: { width: PHOTO_MAX_SIDE * 2, height: 100, channels: 3, background: '#fff' } }).png().toBuffer();
    const output = await reencodePhoto(new Uint8Array(big));
    assert.equal(output.width, PHOTO_MAX_SIDE);
  });

  it('makes a small picture when asked (a type of work\'s card picture), keeping its shape', async () => {
    const wide = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#c0392b' } }).jpeg().toBuffer();
    const output = await reencodePhoto(new Uint8Array(wide), 256);
    assert.deepEqual([output.width, output.height], [256, 192]);
    assert.ok(output.bytes.byteLength < 20_000, `${output.bytes.byteLength} bytes`);
  });

  it('refuses bytes that are not a picture', async () => {
    await assert.rejects(reencodePhoto(new TextEncoder().encode('not a picture')));
  });
});
