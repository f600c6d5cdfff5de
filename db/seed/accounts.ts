// The demo accounts. The README, the sign-in tests and the demo seed all read them from here.
// Phone numbers are in Ofcom's range for drama (07700 900000–900999), so no real person gets a text.

export type DemoRole = 'young_person' | 'adviser' | 'provider_staff' | 'employer_staff' | 'la_admin';

export type DemoAccount = {
  readonly role: DemoRole;
  readonly name: string;
  readonly laSlug: 'calderdale' | 'northvale';
  /** E.164; young people sign in with their mobile. */
  readonly phone?: string;
  /** Staff sign in with their email. */
  readonly email?: string;
  /** Young people only. */
  readonly age?: number;
  readonly schoolYear?: number;
  readonly postcode?: string;
  /** Staff only: slug of the provider or employer they work for. */
  readonly providerSlug?: string;
  readonly employerSlug?: string;
};

export const DEMO_ACCOUNTS = {
  youngPerson: {
    role: 'young_person',
    name: 'Jade Ahmed',
    laSlug: 'calderdale',
    phone: '+447700900123',
    age: 17,
    schoolYear: 12,
    postcode: 'HX1 2SP',
  },
  caseloadYoungPerson: {
    role: 'young_person',
    name: 'Liam Turner',
    laSlug: 'calderdale',
    phone: '+447700900124',
    age: 16,
    schoolYear: 11,
    postcode: 'HD6 2NY',
  },
  adviser: {
    role: 'adviser',
    name: 'Sam Okafor',
    laSlug: 'calderdale',
    email: 'adviser@calderdale.example',
  },
  providerStaff: {
    role: 'provider_staff',
    name: 'Priya Shah',
    laSlug: 'calderdale',
    email: 'provider@calderdale.example',
    providerSlug: 'calder-valley-college',
  },
  employerStaff: {
    role: 'employer_staff',
    name: 'Tom Walsh',
    laSlug: 'calderdale',
    email: 'employer@calderdale.example',
    employerSlug: 'pennine-motor-group',
  },
  laAdmin: {
    role: 'la_admin',
    name: 'Alex Morgan',
    laSlug: 'calderdale',
    email: 'admin@calderdale.example',
  },
  northvaleYoungPerson: {
    role: 'young_person',
    name: 'Ellie Brooks',
    laSlug: 'northvale',
    phone: '+447700900456',
    age: 17,
    schoolYear: 12,
    postcode: 'HG1 2RY',
  },
  northvaleLaAdmin: {
    role: 'la_admin',
    name: 'Chris Lee',
    laSlug: 'northvale',
    email: 'admin@northvale.example',
  },
} as const satisfies Record<string, DemoAccount>;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

/**
 * The two demo councils. Their host names (decision 035) are made-up ones under .example, so localhost matches
 * neither and keeps showing the chosen area, DEFAULT_AREA or Calderdale, as before.
 */
export const DEMO_LOCAL_AUTHORITIES = {
  calderdale: { slug: 'calderdale', name: 'Calderdale Council', areaName: 'Calderdale', hosts: ['calderdale.nextsteps.example'] },
  northvale: { slug: 'northvale', name: 'Northvale Council', areaName: 'Northvale', hosts: ['northvale.nextsteps.example'] },
} as const;

/** The youth centres where kiosks stand. */
export const DEMO_CENTRES = [
  { laSlug: 'calderdale', name: 'Halifax Youth Hub', postcode: 'HX1 1QG' },
  { laSlug: 'calderdale', name: 'Todmorden Youth Centre', postcode: 'OL14 6HQ' },
  { laSlug: 'northvale', name: 'Northvale Youth Hub', postcode: 'HG1 1BA' },
] as const;

/**
 * A course the demo deliberately leaves unchecked for 200 days, past the 180-day hide rule, so the demo
 * and the tests show a stale record being hidden from young people and flagged to staff.
 */
export const STALE_DEMO_COURSE_SLUG = 'plumbing-level-2-calder-valley-college';
