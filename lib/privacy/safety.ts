/**
 * The safety flag (issue 9): a young person at risk has their location and contact details hidden from every
 * member of staff except those named on the flag. Pure, so the rule is tested without a database.
 */
export type SafetyFlag = { isOn: boolean; namedStaffIds: readonly string[] };

export const HIDDEN_FOR_SAFETY = 'Hidden for their safety';

/** May this member of staff see where the young person lives and how to reach them? */
export function canSeeContactDetails(flag: SafetyFlag, viewerId: string): boolean {
  return !flag.isOn || flag.namedStaffIds.includes(viewerId);
}

/** The staff named on a flag being set: the ones chosen, always with the person setting it, each once. */
export function namedStaffForFlag({ setById, chosen, allowed }: { setById: string; chosen: readonly string[]; allowed: readonly string[] }): string[] {
  const allowedSet = new Set(allowed);
  return [...new Set([setById, ...chosen.filter((id) => allowedSet.has(id))])];
}

/** Contact details as a member of staff may see them: the same object, with the hidden fields set to null. */
export function withContactDetailsFor<T extends { postcode?: string | null; phone?: string | null; email?: string | null }>(
  details: T,
  flag: SafetyFlag,
  viewerId: string,
): T & { isHiddenForSafety: boolean } {
  if (canSeeContactDetails(flag, viewerId)) return { ...details, isHiddenForSafety: false };
  return {
    ...details,
    ...('postcode' in details ? { postcode: null } : {}),
    ...('phone' in details ? { phone: null } : {}),
    ...('email' in details ? { email: null } : {}),
    isHiddenForSafety: true,
  };
}
