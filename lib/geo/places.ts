import { isValid, toNormalised, toOutcode, validOutcode } from 'postcode';

/**
 * A place someone typed: a full postcode ("hx1 2sp" → "HX1 2SP") or just its first half ("HX1"), which
 * many people know when they do not know their full postcode. Null when it is neither.
 */
export type PostcodeQuery = { kind: 'postcode'; postcode: string; outcode: string } | { kind: 'outcode'; outcode: string };

export function parsePostcodeQuery(input: string): PostcodeQuery | null {
  const cleaned = input.trim().toUpperCase().replace(/\s+/g, ' ');
  if (!cleaned) return null;
  if (isValid(cleaned)) return { kind: 'postcode', postcode: toNormalised(cleaned)!, outcode: toOutcode(cleaned)! };
  const compact = cleaned.replace(/\s/g, '');
  if (validOutcode(compact)) return { kind: 'outcode', outcode: compact };
  return null;
}

export const POSTCODE_MESSAGE = 'Enter a postcode, like HX1 2SP, or the first part of one, like HX1';

export type Point = { latitude: number; longitude: number };

const EARTH_RADIUS_MILES = 3958.8;

/** Straight-line distance in miles (haversine). */
export function milesBetween(a: Point, b: Point): number {
  const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h));
}

/** "0.4 miles", "3 miles", "12 miles": one decimal under 1 mile, whole miles after. */
export function formatMiles(miles: number): string {
  if (miles < 1) return `${Math.max(0.1, Math.round(miles * 10) / 10)} miles`;
  const whole = Math.round(miles);
  return whole === 1 ? '1 mile' : `${whole} miles`;
}

/**
 * Rough travel times for "how do I get there", from straight-line distance: roads wind (×1.3), people walk
 * about 3 mph, and a town bus averages about 12 mph plus 10 minutes of waiting and walking to the stop.
 * Walking is only offered up to 3 miles. Estimates, said as estimates.
 */
export function estimateTravel(miles: number): { walkMinutes: number | null; busMinutes: number } {
  const roadMiles = miles * 1.3;
  const walkMinutes = miles <= 3 ? Math.max(1, Math.round((roadMiles / 3) * 60)) : null;
  const busMinutes = Math.max(10, Math.round((roadMiles / 12) * 60 + 10));
  return { walkMinutes, busMinutes };
}

/** "about 25 minutes", "about 1 hour 10 minutes". */
export function formatMinutes(minutes: number): string {
  const rounded = minutes < 60 ? Math.max(5, Math.round(minutes / 5) * 5) : Math.round(minutes / 10) * 10;
  if (rounded < 60) return `about ${rounded} minutes`;
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  const hourText = hours === 1 ? '1 hour' : `${hours} hours`;
  return rest ? `about ${hourText} ${rest} minutes` : `about ${hourText}`;
}

/** A pin on OpenStreetMap: no account, no cookies banner, works on any phone's browser. */
export function mapHref({ latitude, longitude }: { latitude: number; longitude: number }): string {
  const lat = latitude.toFixed(5);
  const lon = longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

export type BoundingBox = { south: number; north: number; west: number; east: number };

/**
 * The latitude and longitude limits of a box that holds every point within `miles` of `origin` (a little
 * more, never less), for a cheap indexed test before the exact distance. Longitude degrees shrink towards
 * the poles, so the box is as wide as the circle at its edge nearest a pole.
 */
export function boundingBox(origin: Point, miles: number): BoundingBox {
  const degrees = (radians: number) => (radians * 180) / Math.PI;
  const latitudeSpan = degrees(miles / EARTH_RADIUS_MILES) * 1.001;
  const widestLatitude = Math.min(89.9, Math.abs(origin.latitude) + latitudeSpan);
  const longitudeSpan = Math.min(180, latitudeSpan / Math.cos((widestLatitude * Math.PI) / 180));
  return {
    south: origin.latitude - latitudeSpan,
    north: origin.latitude + latitudeSpan,
    west: origin.longitude - longitudeSpan,
    east: origin.longitude + longitudeSpan,
  };
}
