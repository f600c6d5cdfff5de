import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Point } from '@/lib/geo/places';

/** Haversine distance in miles between a point and two columns, in SQL (no PostGIS needed; same as lib/geo). */
export function milesFrom(origin: Point, latitude: AnyPgColumn | SQL, longitude: AnyPgColumn | SQL): SQL<number> {
  return sql<number>`(7917.6 * asin(sqrt(
    power(sin(radians(${latitude} - ${origin.latitude}) / 2), 2) +
    cos(radians(${origin.latitude})) * cos(radians(${latitude})) * power(sin(radians(${longitude} - ${origin.longitude}) / 2), 2)
  )))`;
}
