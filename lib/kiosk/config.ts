/**
 * Kiosk mode: a shared PC at a youth centre (about 8 PCs for 500 visits a week: short sessions, strangers
 * queuing behind). The timings are configuration so tests and centres can change them; the warning always
 * gives at least 20 seconds to answer (WCAG 2.2.1 asks for at least 20 seconds to extend).
 */
export type KioskTimings = { idleSeconds: number; warningSeconds: number };

export const DEFAULT_KIOSK_TIMINGS: KioskTimings = { idleSeconds: 120, warningSeconds: 30 };
export const MIN_WARNING_SECONDS = 20;

/** The device cookie (httpOnly: the token, hashed in kiosk_devices) and the marker the page's script reads. */
export const KIOSK_COOKIE = 'ns_kiosk';
export const KIOSK_MARKER_COOKIE = 'ns_kiosk_on';
/** Cookies a kiosk reset keeps: the ones that make this PC a kiosk. Everything else goes. */
export const KIOSK_COOKIES: readonly string[] = [KIOSK_COOKIE, KIOSK_MARKER_COOKIE];

/** Signing in on a kiosk is short: the session ends after this even if nobody resets the PC. */
export const KIOSK_SESSION_SECONDS = 30 * 60;

/** An enrolment link works once, for a day. */
export const ENROLMENT_LINK_HOURS = 24;

export function kioskTimingsFrom(env: Record<string, string | undefined> = process.env): KioskTimings {
  const read = (value: string | undefined, fallback: number, min: number) => {
    const seconds = Number(value);
    return Number.isInteger(seconds) && seconds >= min ? seconds : fallback;
  };
  return {
    idleSeconds: read(env.KIOSK_IDLE_SECONDS, DEFAULT_KIOSK_TIMINGS.idleSeconds, 10),
    warningSeconds: read(env.KIOSK_WARNING_SECONDS, DEFAULT_KIOSK_TIMINGS.warningSeconds, MIN_WARNING_SECONDS),
  };
}

/** The marker cookie's value: the centre's name, so the banner can say where this PC is without a request. */
export function readKioskMarker(cookieHeader: string): { centreName: string } | null {
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === KIOSK_MARKER_COOKIE) {
      try {
        return { centreName: decodeURIComponent(rest.join('=')) };
      } catch {
        return { centreName: '' };
      }
    }
  }
  return null;
}

/** Whether an enrolment link made at createdAt still works at now. */
export function isEnrolmentLinkLive(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() < ENROLMENT_LINK_HOURS * 60 * 60 * 1000;
}
