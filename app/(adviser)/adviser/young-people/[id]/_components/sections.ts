import type { ComponentType } from 'react';
import type { StaffRecordView } from '@/db/queries/privacy';
import type { RecordPart } from '@/lib/privacy/access';
import { ApplicationsSection } from './applications-section';
import { CvSection } from './cv-section';
import { ExploreSection } from './explore-section';
import { ProfileSection } from './profile-section';

/**
 * The sections of a young person's record, in order, each shown only when the access rule allows its part.
 * A new section (the CV) is one component and one line here; it reads its own data with
 * getStaffAccess (db/queries/privacy.ts) and must render nothing when its part is not in record.parts.
 */
export const RECORD_SECTIONS: { part: RecordPart; Section: ComponentType<{ record: StaffRecordView }> }[] = [
  { part: 'profile', Section: ProfileSection },
  { part: 'profile', Section: ExploreSection },
  { part: 'cv', Section: CvSection },
  { part: 'applications', Section: ApplicationsSection },
];
