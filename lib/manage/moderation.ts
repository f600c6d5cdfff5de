import { z } from 'zod';

// The council's review decisions (decision 040): which decision is allowed from which status, and the short
// reason an admin gives when turning down an employer or sending a vacancy back. The employer sees the reason.

export type EmployerStatus = 'pending' | 'approved' | 'rejected' | 'suspended';

/** The most letters a reason may have: a few short sentences. */
export const REASON_MAX = 500;

/** A reason the employer will read: required, short, in the admin's own plain words. */
export const reasonField = z
  .string()
  .trim()
  .min(1, 'Enter a reason. The employer will see it')
  .max(REASON_MAX, `The reason must be ${REASON_MAX} letters or fewer`);

export const reasonSchema = z.object({ reason: reasonField });
export const REASON_FIELDS = ['reason'];

/** Why an employer in this status cannot be approved from the review queue, or null when it can. */
export function approveRefusal(status: EmployerStatus): string | null {
  if (status === 'pending') return null;
  if (status === 'approved') return 'This employer is already approved.';
  if (status === 'rejected') return 'This employer was turned down. It cannot be approved from here.';
  return 'This employer is paused. Restore it from the employer’s page instead.';
}

/** Why an employer in this status cannot be turned down, or null when it can (only a new sign-up can). */
export function turnDownRefusal(status: EmployerStatus): string | null {
  if (status === 'pending') return null;
  if (status === 'rejected') return 'This employer was already turned down.';
  return 'Only a new employer that is waiting can be turned down.';
}

/** Whether a vacancy can be sent back: only while it waits and has not been sent back already. */
export function canSendBack(reviewStatus: string, sentBackReason: string | null): boolean {
  return reviewStatus === 'waiting' && sentBackReason === null;
}
