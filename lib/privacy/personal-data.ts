/**
 * Every table, and what it holds about a young person. "Download my data" and "Delete my account"
 * (db/queries/your-data.ts) follow this list, and db/schema/personal-data.test.ts checks it against the schema:
 * a new table, or a new column pointing at users, fails the unit tests until someone decides here what
 * happens to it when a young person leaves.
 *
 * - young_person: rows about one young person, found by the columns named. On delete they go (the foreign key
 *   cascades from users) or are anonymised first (applications → anonymised_applications).
 * - contact: rows found by the phone number or email address, not by id (texts sent, sign-in codes). Deleted.
 * - staff: the user columns only ever point at staff (who checked a course, who looked at a record). A young
 *   person's id never appears there, so deleting them cannot touch these rows.
 * - none: nothing about any one person.
 */
export type PersonalDataRule =
  | {
      about: 'young_person';
      /** Columns that point at the young person's users.id. */
      userColumns: readonly string[];
      onDelete: 'delete' | 'anonymise';
      /** Other user columns in the table that point at staff (set to null or kept when the young person goes). */
      staffColumns?: readonly string[];
      /** Is it in the download? Only false for secrets (session tokens, hashes) that mean nothing to a person. */
      isInDownload: boolean;
    }
  | { about: 'contact'; matchBy: 'phone_or_email'; onDelete: 'delete' | 'keep_until_expiry'; isInDownload: boolean }
  | { about: 'staff'; staffColumns: readonly string[] }
  | { about: 'none' };

export const PERSONAL_DATA = {
  users: { about: 'young_person', userColumns: ['id'], onDelete: 'delete', isInDownload: true },
  young_people: { about: 'young_person', userColumns: ['user_id'], onDelete: 'delete', isInDownload: true },
  caseloads: {
    about: 'young_person',
    userColumns: ['young_person_id'],
    staffColumns: ['adviser_id'],
    onDelete: 'delete',
    isInDownload: true,
  },
  // Who still sees their contact details under a safety flag: theirs to know.
  safety_named_staff: {
    about: 'young_person',
    userColumns: ['young_person_id'],
    staffColumns: ['staff_id', 'added_by_id'],
    onDelete: 'delete',
    isInDownload: true,
  },
  sessions: { about: 'young_person', userColumns: ['user_id'], onDelete: 'delete', isInDownload: false },
  accounts: { about: 'young_person', userColumns: ['user_id'], onDelete: 'delete', isInDownload: false },
  // Also holds staff's story clips (owner_id is then a member of staff), which a young person's delete never reaches.
  media_assets: { about: 'young_person', userColumns: ['owner_id'], staffColumns: ['transcript_by_id'], onDelete: 'delete', isInDownload: true },
  portfolio_items: { about: 'young_person', userColumns: ['owner_id'], onDelete: 'delete', isInDownload: true },
  // Goes with its CV item (cascade).
  cv_item_other_versions: { about: 'young_person', userColumns: [], onDelete: 'delete', isInDownload: true },
  cv_share_links: { about: 'young_person', userColumns: ['owner_id'], onDelete: 'delete', isInDownload: true },
  cv_build_progress: { about: 'young_person', userColumns: ['owner_id'], onDelete: 'delete', isInDownload: true },
  application_profiles: { about: 'young_person', userColumns: ['user_id'], onDelete: 'delete', isInDownload: true },
  applications: { about: 'young_person', userColumns: ['young_person_id'], onDelete: 'anonymise', isInDownload: true },
  application_status_history: {
    about: 'young_person',
    userColumns: [],
    staffColumns: ['changed_by_id'],
    onDelete: 'delete',
    isInDownload: true,
  },
  application_answers: { about: 'young_person', userColumns: [], onDelete: 'delete', isInDownload: true },
  answer_other_versions: { about: 'young_person', userColumns: [], onDelete: 'delete', isInDownload: true },
  application_attachments: { about: 'young_person', userColumns: [], onDelete: 'delete', isInDownload: true },
  saved_items: { about: 'young_person', userColumns: ['user_id'], onDelete: 'delete', isInDownload: true },
  saved_searches: {
    about: 'young_person',
    userColumns: ['user_id'],
    staffColumns: ['created_by_id'],
    onDelete: 'delete',
    isInDownload: true,
  },
  action_steps: {
    about: 'young_person',
    userColumns: ['young_person_id'],
    staffColumns: ['created_by_id'],
    onDelete: 'delete',
    isInDownload: true,
  },
  explore_results: { about: 'young_person', userColumns: ['user_id'], onDelete: 'delete', isInDownload: true },
  // grantee_id is staff or their named parent or carer; parent_agreed_by_id is that parent or carer.
  consent_grants: {
    about: 'young_person',
    userColumns: ['young_person_id'],
    staffColumns: ['grantee_id', 'parent_agreed_by_id'],
    onDelete: 'delete',
    isInDownload: true,
  },
  // The parent or carer a young person named: theirs to see and to end. The parent or carer's own users row (name
  // and mobile) is theirs, not the young person's, and stays when the young person leaves.
  parent_carers: {
    about: 'young_person',
    userColumns: ['young_person_id'],
    staffColumns: ['parent_carer_id'],
    onDelete: 'delete',
    isInDownload: true,
  },
  // Present mode's shortlist holds courses and vacancies only, never a young person.
  present_shortlist_items: { about: 'staff', staffColumns: ['adviser_id'] },
  // actor_id is staff, or the young person themself when they download their data (deleted explicitly).
  access_log: {
    about: 'young_person',
    userColumns: ['subject_id'],
    staffColumns: ['actor_id'],
    onDelete: 'delete',
    isInDownload: true,
  },
  contact_requests: {
    about: 'young_person',
    userColumns: ['young_person_id'],
    staffColumns: ['adviser_id'],
    onDelete: 'delete',
    isInDownload: true,
  },
  notification_preferences: { about: 'young_person', userColumns: ['user_id'], onDelete: 'delete', isInDownload: true },
  notification_log: { about: 'young_person', userColumns: ['user_id'], onDelete: 'delete', isInDownload: true },
  // Also holds advisers' computers for kiosk alerts (user_id is then staff), which a young person's delete never reaches.
  // In the download without the session token and keys, which are secrets that mean nothing to a person.
  push_subscriptions: { about: 'young_person', userColumns: ['user_id'], onDelete: 'delete', isInDownload: true },
  held_messages: { about: 'young_person', userColumns: ['user_id'], onDelete: 'delete', isInDownload: true },
  alert_claims: { about: 'young_person', userColumns: ['user_id'], onDelete: 'delete', isInDownload: false },
  outbox_messages: { about: 'contact', matchBy: 'phone_or_email', onDelete: 'delete', isInDownload: true },
  sign_in_codes: { about: 'contact', matchBy: 'phone_or_email', onDelete: 'delete', isInDownload: false },
  verification_tokens: { about: 'contact', matchBy: 'phone_or_email', onDelete: 'delete', isInDownload: false },
  // Abuse-limit counters name a phone number in their key and expire within the hour; deleting them would let
  // someone delete an account to reset a limit, so they run out on their own.
  rate_limits: { about: 'contact', matchBy: 'phone_or_email', onDelete: 'keep_until_expiry', isInDownload: false },
  memberships: { about: 'staff', staffColumns: ['user_id'] },
  content_changes: { about: 'staff', staffColumns: ['actor_id'] },
  // A council admin reminded a provider or employer to check their information.
  freshness_reminders: { about: 'staff', staffColumns: ['sent_by_id'] },
  // A council's own settings; the admin who last saved them.
  area_settings: { about: 'staff', staffColumns: ['updated_by_id'] },
  // A story names its teller by first name only and is never linked to their account; staff added it.
  stories: { about: 'staff', staffColumns: ['created_by_id'] },
  provider_photos: { about: 'staff', staffColumns: ['created_by_id'] },
  pending_imports: { about: 'staff', staffColumns: ['owner_user_id'] },
  courses: { about: 'staff', staffColumns: ['last_checked_by_id'] },
  employers: { about: 'staff', staffColumns: ['last_checked_by_id'] },
  providers: { about: 'staff', staffColumns: ['last_checked_by_id'] },
  vacancies: { about: 'staff', staffColumns: ['last_checked_by_id'] },
  anonymised_applications: { about: 'none' },
  // The random id of a deleted account and when: it points at nothing live, and lets a restore delete it again.
  deletion_ledger: { about: 'none' },
  application_questions: { about: 'none' },
  categories: { about: 'none' },
  skills: { about: 'none' },
  course_runs: { about: 'none' },
  postcodes: { about: 'none' },
  provider_sites: { about: 'none' },
  open_days: { about: 'none' },
  search_counts: { about: 'none' },
  local_authorities: { about: 'none' },
  prospectus_shares: { about: 'none' },
  category_overrides: { about: 'none' },
  centres: { about: 'none' },
  kiosk_devices: { about: 'none' },
  kiosk_help_requests: { about: 'none' },
} as const satisfies Record<string, PersonalDataRule>;

export type PersonalTable = keyof typeof PERSONAL_DATA;

/** The tables a young person's download includes, in the order the JSON file lists them. */
export function tablesInDownload(): PersonalTable[] {
  return (Object.keys(PERSONAL_DATA) as PersonalTable[]).filter((table) => {
    const rule: PersonalDataRule = PERSONAL_DATA[table];
    return 'isInDownload' in rule && rule.isInDownload;
  });
}

/** "jade-ahmed-data-2026-12-02.zip": the file name of the download, safe for any file system. */
export function downloadFileName(name: string | null, now: Date): string {
  const slug = (name ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40);
  return `${slug || 'my'}-data-${now.toISOString().slice(0, 10)}.zip`;
}

/** The name a media file gets inside the zip: media/<id>.<ext>, from the checked content type. */
export function mediaFileName(id: string, contentType: string): string {
  const extensions: Record<string, string> = {
    'image/jpeg': 'jpg',
    'image/png': 'png',
    'image/webp': 'webp',
    'audio/webm': 'webm',
    'audio/ogg': 'ogg',
    'audio/mp4': 'm4a',
    'audio/mpeg': 'mp3',
    'video/webm': 'webm',
    'video/mp4': 'mp4',
  };
  const base = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return `media/${id.replace(/[^0-9a-f-]/gi, '')}.${extensions[base] ?? 'bin'}`;
}

/** A download reads every file a person has: five an hour is plenty for them, and stops anyone using it to load the server. */
export const YOUR_DATA_DOWNLOAD_LIMIT = { limit: 5, windowSeconds: 60 * 60 } as const;
