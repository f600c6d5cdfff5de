// Real postcodes of the demo areas with approximate coordinates (good to a few hundred metres: enough for
// "how far away" in the demo). They were written from local knowledge, not looked up in a postcode file.

export type Place = {
  readonly postcode: string;
  readonly town: string;
  /** A street in that postcode area, for provider sites' address lines. */
  readonly street: string;
  readonly latitude: number;
  readonly longitude: number;
};

/** Calderdale: Halifax (HX1-HX3), Elland (HX5), Sowerby Bridge and Ripponden (HX6), Hebden Bridge (HX7), Brighouse (HD6), Todmorden (OL14). */
export const CALDERDALE_PLACES: readonly Place[] = [
  { postcode: 'HX1 1RE', town: 'Halifax', street: 'Blackledge', latitude: 53.7236, longitude: -1.8571 },
  { postcode: 'HX1 1UJ', town: 'Halifax', street: 'Crossley Street', latitude: 53.7222, longitude: -1.8612 },
  { postcode: 'HX1 1QG', town: 'Halifax', street: 'Square Road', latitude: 53.7238, longitude: -1.8556 },
  { postcode: 'HX1 2NE', town: 'Halifax', street: 'Discovery Road', latitude: 53.7206, longitude: -1.8531 },
  { postcode: 'HX1 2SP', town: 'Halifax', street: 'Hope Street', latitude: 53.7215, longitude: -1.8650 },
  { postcode: 'HX1 3UZ', town: 'Halifax', street: 'Francis Street', latitude: 53.7197, longitude: -1.8719 },
  { postcode: 'HX1 5AX', town: 'Halifax', street: 'Hopwood Lane', latitude: 53.7268, longitude: -1.8775 },
  { postcode: 'HX1 4PE', town: 'Halifax', street: 'Skircoat Road', latitude: 53.7150, longitude: -1.8655 },
  { postcode: 'HX2 0BA', town: 'Halifax', street: 'Gibbet Street', latitude: 53.7243, longitude: -1.8830 },
  { postcode: 'HX2 9TZ', town: 'Halifax', street: 'Shay Lane', latitude: 53.7560, longitude: -1.8760 },
  { postcode: 'HX2 9SU', town: 'Halifax', street: 'Moorbottom Road', latitude: 53.7540, longitude: -1.8830 },
  { postcode: 'HX2 7DB', town: 'Halifax', street: 'Keighley Road', latitude: 53.7400, longitude: -1.8950 },
  { postcode: 'HX3 0PW', town: 'Halifax', street: 'Dryclough Lane', latitude: 53.7032, longitude: -1.8529 },
  { postcode: 'HX3 0HG', town: 'Halifax', street: 'Free School Lane', latitude: 53.7108, longitude: -1.8720 },
  { postcode: 'HX3 6XG', town: 'Halifax', street: 'Lister’s Road', latitude: 53.7240, longitude: -1.8280 },
  { postcode: 'HX3 6HG', town: 'Halifax', street: 'Boothtown Road', latitude: 53.7379, longitude: -1.8563 },
  { postcode: 'HX3 8TL', town: 'Halifax', street: 'Wakefield Road', latitude: 53.7260, longitude: -1.7890 },
  { postcode: 'HX3 5AY', town: 'Halifax', street: 'Bradford Road', latitude: 53.7330, longitude: -1.8390 },
  { postcode: 'HX5 0QG', town: 'Elland', street: 'Victoria Road', latitude: 53.6810, longitude: -1.8350 },
  { postcode: 'HX5 0AN', town: 'Elland', street: 'Southgate', latitude: 53.6855, longitude: -1.8385 },
  { postcode: 'HX4 8NP', town: 'Greetland', street: 'Saddleworth Road', latitude: 53.6790, longitude: -1.8620 },
  { postcode: 'HX6 2AB', town: 'Sowerby Bridge', street: 'Wharf Street', latitude: 53.7085, longitude: -1.9105 },
  { postcode: 'HX6 1AS', town: 'Sowerby Bridge', street: 'St Peter’s Avenue', latitude: 53.7005, longitude: -1.9250 },
  { postcode: 'HX6 4DB', town: 'Ripponden', street: 'Halifax Road', latitude: 53.6725, longitude: -1.9420 },
  { postcode: 'HX7 7BY', town: 'Hebden Bridge', street: 'St George’s Street', latitude: 53.7420, longitude: -2.0130 },
  { postcode: 'HX7 8AD', town: 'Hebden Bridge', street: 'Market Street', latitude: 53.7410, longitude: -2.0110 },
  { postcode: 'HX7 5QN', town: 'Mytholmroyd', street: 'Burnley Road', latitude: 53.7300, longitude: -1.9800 },
  { postcode: 'HD6 1AA', town: 'Brighouse', street: 'Bethel Street', latitude: 53.7030, longitude: -1.7830 },
  { postcode: 'HD6 2NY', town: 'Brighouse', street: 'Finkil Street', latitude: 53.7040, longitude: -1.7870 },
  { postcode: 'HD6 3XB', town: 'Brighouse', street: 'Field Top Road', latitude: 53.6930, longitude: -1.7920 },
  { postcode: 'HD6 4LR', town: 'Brighouse', street: 'Huddersfield Road', latitude: 53.6960, longitude: -1.7740 },
  { postcode: 'OL14 5AJ', town: 'Todmorden', street: 'Halifax Road', latitude: 53.7140, longitude: -2.0970 },
  { postcode: 'OL14 7BX', town: 'Todmorden', street: 'Burnley Road', latitude: 53.7230, longitude: -2.1080 },
  { postcode: 'OL14 6HQ', town: 'Todmorden', street: 'Rochdale Road', latitude: 53.7060, longitude: -2.0940 },
];

/** Northvale (an invented council) uses real postcodes of the Harrogate district. */
export const NORTHVALE_PLACES: readonly Place[] = [
  { postcode: 'HG1 1BA', town: 'Harrogate', street: 'Station Parade', latitude: 53.9925, longitude: -1.5375 },
  { postcode: 'HG1 2RY', town: 'Harrogate', street: 'Crown Place', latitude: 53.9946, longitude: -1.5440 },
  { postcode: 'HG1 5LA', town: 'Harrogate', street: 'King’s Road', latitude: 53.9985, longitude: -1.5420 },
  { postcode: 'HG2 8QT', town: 'Harrogate', street: 'Hornbeam Park Avenue', latitude: 53.9780, longitude: -1.5190 },
  { postcode: 'HG2 0DZ', town: 'Harrogate', street: 'Arthurs Avenue', latitude: 53.9870, longitude: -1.5600 },
  { postcode: 'HG5 0AD', town: 'Knaresborough', street: 'High Street', latitude: 54.0088, longitude: -1.4680 },
  { postcode: 'HG4 1DP', town: 'Ripon', street: 'Market Place', latitude: 54.1375, longitude: -1.5240 },
  { postcode: 'HG3 5AN', town: 'Pateley Bridge', street: 'High Street', latitude: 54.0860, longitude: -1.7590 },
];

/** Find a place by postcode (spaces and case ignored), e.g. to geocode a demo young person's postcode. */
export function findPlace(postcode: string, places: readonly Place[] = [...CALDERDALE_PLACES, ...NORTHVALE_PLACES]) {
  const wanted = postcode.replace(/\s+/g, '').toUpperCase();
  return places.find((place) => place.postcode.replace(/\s+/g, '') === wanted);
}
