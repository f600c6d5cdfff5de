/**
 * When a recording kept on the phone may be sent (decision 028). Pure, so the rule is unit tested; the
 * recorder feeds it `navigator.onLine`, `navigator.connection` (where the browser has it) and whether
 * "Save my data" is on for this page (`<html data-save-data>`).
 *
 * - No signal: wait, and send when it comes back.
 * - "Save my data" off, or the person pressed "Send now anyway": send now.
 * - "Save my data" on: send now only on Wi-Fi (or a cable). On mobile data, wait for Wi-Fi.
 * - "Save my data" on and the browser does not say what the connection is (Safari, Firefox and desktop
 *   Chrome have no `connection.type`): we cannot know it is Wi-Fi, so we wait, and the person decides with
 *   "Send now anyway". `effectiveType` ("4g") is a speed, not Wi-Fi or mobile, so it never counts as Wi-Fi.
 */
export type ConnectionInfo = {
  isOnline: boolean;
  /** `navigator.connection.type`: "wifi", "cellular", "ethernet", "none", … or missing. */
  type?: string;
};

export type UploadDecision =
  | { send: true }
  | { send: false; waitFor: 'signal' }
  | { send: false; waitFor: 'wifi'; isTypeKnown: boolean };

const UNMETERED = new Set(['wifi', 'ethernet']);
const KNOWN_TYPES = new Set(['wifi', 'ethernet', 'cellular', 'bluetooth', 'wimax', 'mixed', 'other', 'none']);

export function decideUpload({
  connection,
  isSavingData,
  isSendAnyway = false,
}: {
  connection: ConnectionInfo;
  isSavingData: boolean;
  isSendAnyway?: boolean;
}): UploadDecision {
  if (!connection.isOnline || connection.type === 'none') return { send: false, waitFor: 'signal' };
  if (!isSavingData || isSendAnyway) return { send: true };
  if (connection.type && UNMETERED.has(connection.type)) return { send: true };
  return { send: false, waitFor: 'wifi', isTypeKnown: Boolean(connection.type && KNOWN_TYPES.has(connection.type)) };
}
