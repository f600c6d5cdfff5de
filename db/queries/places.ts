import 'server-only';
import { avg, eq } from 'drizzle-orm';
import type { Point, PostcodeQuery } from '@/lib/geo/places';
import { db } from '../client';
import { postcodes } from '../schema';

/** Public: where a postcode (or the middle of a postcode district) is, or null if we do not know it. */
export async function lookupPostcode(query: PostcodeQuery): Promise<Point | null> {
  if (query.kind === 'postcode') {
    const [exact] = await db
      .select({ latitude: postcodes.latitude, longitude: postcodes.longitude })
      .from(postcodes)
      .where(eq(postcodes.postcode, query.postcode));
    if (exact) return exact;
  }
  const [district] = await db
    .select({ latitude: avg(postcodes.latitude), longitude: avg(postcodes.longitude) })
    .from(postcodes)
    .where(eq(postcodes.outcode, query.outcode));
  if (!district?.latitude || !district.longitude) return null;
  return { latitude: Number(district.latitude), longitude: Number(district.longitude) };
}
