import 'server-only';
import { findCaseloadSeptemberFacts } from '@/db/queries/applications';
import { isSeptemberGuaranteeYear, type SeptemberRow, yearGroup } from '@/lib/applications/academic-year';

export type SeptemberFilter = 'all' | 'no-application' | 'no-offer';

/** The adviser's own caseload in Years 11 and 12, with their September Guarantee facts. */
export async function loadSeptemberRows(adviserId: string, today: string, filter: SeptemberFilter): Promise<(SeptemberRow & { id: string })[]> {
  const people = await findCaseloadSeptemberFacts({ actorId: adviserId });
  return people
    .flatMap((person) => {
      if (!person.dateOfBirth) return [];
      const group = yearGroup(person.dateOfBirth, today);
      if (!isSeptemberGuaranteeYear(group)) return [];
      return [{ id: person.id, name: person.name, yearGroup: group, applications: person.applications, hasOffer: person.hasOffer }];
    })
    .filter((row) => (filter === 'no-application' ? row.applications === 0 : filter === 'no-offer' ? !row.hasOffer : true));
}

export function toFilter(value: unknown): SeptemberFilter {
  return value === 'no-application' || value === 'no-offer' ? value : 'all';
}
