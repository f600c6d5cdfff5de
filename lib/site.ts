/** The service's name and words used in more than one place. */
export const SERVICE_NAME = 'Next Steps';
export const SERVICE_TAGLINE = 'Find a course, a job or training near you, and apply with one profile.';

/**
 * Where this copy of the service runs. "live" is a real council deployment: texts really go out and
 * nothing test-only is reachable. "test" turns on the test-only routes. Anything else is a demo.
 */
export type ServiceEnvironment = 'live' | 'demo' | 'test';

export function serviceEnvironment(env: Record<string, string | undefined> = process.env): ServiceEnvironment {
  const value = env.SERVICE_ENV;
  return value === 'live' || value === 'test' ? value : 'demo';
}
