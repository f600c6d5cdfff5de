/**
 * What the employer is told about the council's check of a vacancy, or null when there is nothing to say.
 * Young people do not see a vacancy while it waits. A sent-back vacancy says so; its reason shows on the
 * vacancy's own page (decision 040).
 */
/** The state of the organisation offering a vacancy (a provider counts as approved). */
export type OwnerStatus = 'pending' | 'approved' | 'rejected' | 'suspended';

export function describeReview(
  reviewStatus: 'not_needed' | 'waiting' | 'approved',
  employerStatus: OwnerStatus,
  isSentBack = false,
): string | null {
  if (employerStatus === 'suspended') return 'The council has paused your organisation. Young people cannot see your vacancies.';
  if (employerStatus === 'rejected') return 'The council turned down your organisation. Young people cannot see your vacancies.';
  if (reviewStatus === 'waiting' && isSentBack) return 'Sent back: needs changes';
  if (reviewStatus === 'waiting') return 'Waiting for the council to check it. Young people cannot see it yet.';
  if (reviewStatus === 'not_needed' && employerStatus !== 'approved') return 'Waiting for the council to approve your organisation.';
  return null;
}
