import 'server-only';
import { toNormalised, toOutcode } from 'postcode';
import type { Database } from '../client';
import { postcodes } from '../schema';
import { CALDERDALE_PLACES, NORTHVALE_PLACES, type Place } from './data/places';

/** Loads the demo areas' postcodes (a live service loads the ONS postcode directory instead). */
export async function seedPostcodes(db: Database, places: readonly Place[] = [...CALDERDALE_PLACES, ...NORTHVALE_PLACES]) {
  const rows = new Map<string, typeof postcodes.$inferInsert>();
  for (const place of places) {
    const postcode = toNormalised(place.postcode);
    const outcode = toOutcode(place.postcode);
    if (!postcode || !outcode) throw new Error(`Not a postcode: ${place.postcode}`);
    rows.set(postcode, { postcode, outcode, latitude: place.latitude, longitude: place.longitude });
  }
  if (rows.size > 0) await db.insert(postcodes).values([...rows.values()]).onConflictDoNothing();
  return rows.size;
}
