import { estimateTravel, formatMiles, formatMinutes, mapHref, milesBetween, type Point } from '@/lib/geo/places';

/**
 * How far a place is from where the person said they are, how long the bus or a walk might take (said as
 * a guess), and a link to see it on a map. Shared by course sites and vacancies.
 */
export function TravelFromHere({ place, placeName, origin }: { place: Point; placeName: string; origin: Point | null }) {
  const miles = origin ? milesBetween(origin, place) : null;
  const travel = miles !== null ? estimateTravel(miles) : null;
  return (
    <>
      {miles !== null && travel ? (
        <p className="mt-2">
          <span className="font-bold">{formatMiles(miles)} away.</span> By bus {formatMinutes(travel.busMinutes)}
          {travel.walkMinutes !== null ? `, or walk ${formatMinutes(travel.walkMinutes)}` : ''}. These are guesses: check a bus
          timetable.
        </p>
      ) : null}
      <p className="mt-2">
        <a href={mapHref(place)} className="inline-flex min-h-11 items-center">
          See {placeName} on a map (opens a map website)
        </a>
      </p>
    </>
  );
}
