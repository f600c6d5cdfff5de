import 'server-only';
import { and, count, eq, inArray, isNotNull, isNull, max, min, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import {
  AUTOMATIC_REMINDER_EVERY_DAYS,
  dueAutomaticReminder,
  freshnessCutOffs,
  type OwnerFreshness, type OwnerKind, type OwnerRecords, REMIND_AGAIN_AFTER_HOURS,
  sortByMostOverdue,
  summariseOwner,
} from '@/lib/freshness/owners';
import { type FreshnessRules, freshnessOf } from '@/lib/freshness/rules';
import { db } from '../client';
import { courses, employers, freshnessReminders, localAuthorities, memberships, providers, users, vacancies } from '../schema';
import { laOfAdmin } from './admin-area';

// The council's freshness dashboard (issue 10): every provider and employer in the admin's own area with how
// out of date their records are, and a reminder to check them, at most once a day per owner.

type Counts = { records: number; needsChecking: number; hidden: number; oldestCheckedAt: Date | null };
const NONE: Counts = { records: 0, needsChecking: 0, hidden: 0, oldestCheckedAt: null };

/** Counts of one kind of record per owner, by the database (an owner may have thousands). */
async function countsBy(
  table: typeof courses | typeof vacancies,
  ownerColumn: PgColumn,
  where: SQL | undefined,
  cutOffs: { warnBefore: Date; hideBefore: Date },
): Promise<Map<string, Counts>> {
  const warn = sql`${cutOffs.warnBefore.toISOString()}::timestamptz`;
  const hide = sql`${cutOffs.hideBefore.toISOString()}::timestamptz`;
  const rows = await db
    .select({
      ownerId: ownerColumn,
      records: count(),
      needsChecking: sql<number>`(count(*) filter (where ${table.lastCheckedAt} < ${warn} and ${table.lastCheckedAt} >= ${hide}))::int`,
      hidden: sql<number>`(count(*) filter (where ${table.lastCheckedAt} < ${hide}))::int`,
      oldestCheckedAt: min(table.lastCheckedAt),
    })
    .from(table)
    .where(and(isNotNull(ownerColumn), where))
    .groupBy(ownerColumn);
  return new Map(
    rows.map((row) => [
      String(row.ownerId),
      { records: Number(row.records), needsChecking: Number(row.needsChecking), hidden: Number(row.hidden), oldestCheckedAt: row.oldestCheckedAt },
    ]),
  );
}

function addCounts(a: Counts, b: Counts): Counts {
  const oldest = [a.oldestCheckedAt, b.oldestCheckedAt].filter((date): date is Date => date !== null).sort((x, y) => x.getTime() - y.getTime())[0];
  return { records: a.records + b.records, needsChecking: a.needsChecking + b.needsChecking, hidden: a.hidden + b.hidden, oldestCheckedAt: oldest ?? null };
}

/** The owner's own record (its profile) counted like the others. */
function ownCounts(lastCheckedAt: Date, now: Date, rules: FreshnessRules): Counts {
  const state = freshnessOf(lastCheckedAt, now, rules);
  return { records: 1, needsChecking: state === 'needs-checking' ? 1 : 0, hidden: state === 'hidden' ? 1 : 0, oldestCheckedAt: lastCheckedAt };
}

/** Where to reach an owner's staff: by email, or by text for those who sign in with a mobile only. */
type Contacts = { emails: string[]; phones: string[] };

/** Staff contacts per owner, for the reminder: each person's email, or their mobile when they have no email. */
async function staffContacts(column: typeof memberships.providerId | typeof memberships.employerId, ids: string[]): Promise<Map<string, Contacts>> {
  const found = new Map<string, Contacts>();
  if (ids.length === 0) return found;
  const rows = await db
    .select({ ownerId: column, email: users.email, phone: users.phone })
    .from(memberships)
    .innerJoin(users, and(eq(users.id, memberships.userId), isNull(users.deactivatedAt)))
    .where(and(inArray(column, ids), or(isNotNull(users.email), isNotNull(users.phone))));
  for (const row of rows) {
    const contacts = found.get(String(row.ownerId)) ?? { emails: [], phones: [] };
    if (row.email) contacts.emails.push(row.email);
    else if (row.phone) contacts.phones.push(row.phone);
    found.set(String(row.ownerId), contacts);
  }
  return found;
}

async function lastReminders(column: typeof freshnessReminders.providerId | typeof freshnessReminders.employerId, laId: string): Promise<Map<string, Date>> {
  const rows = await db
    .select({ ownerId: column, at: max(freshnessReminders.sentAt) })
    .from(freshnessReminders)
    .where(and(eq(freshnessReminders.laId, laId), isNotNull(column)))
    .groupBy(column);
  return new Map(rows.filter((row) => row.at).map((row) => [String(row.ownerId), row.at!]));
}

type Owner = OwnerRecords & Contacts;

function withoutContacts(owner: Owner): OwnerRecords {
  const { emails, phones, ...records } = owner;
  void emails;
  void phones;
  return records;
}

/** Every owner in the area, or only the one named (a reminder needs one owner's figures, not the whole area's). */
async function ownersInArea(laId: string, now: Date, rules: FreshnessRules, only?: { kind: OwnerKind; id: string }): Promise<Owner[]> {
  const cutOffs = freshnessCutOffs(now, rules);
  const onlyOwner = (kind: OwnerKind, column: PgColumn): SQL | undefined => (!only ? undefined : only.kind === kind ? eq(column, only.id) : sql`false`);
  const [providerRows, employerRows, courseCounts, providerVacancyCounts, employerVacancyCounts, providerReminders, employerReminders] = await Promise.all([
    db.select({ id: providers.id, name: providers.name, email: providers.email, lastCheckedAt: providers.lastCheckedAt }).from(providers).where(and(eq(providers.laId, laId), onlyOwner('provider', providers.id))),
    db
      .select({ id: employers.id, name: employers.name, lastCheckedAt: employers.lastCheckedAt })
      .from(employers)
      .where(and(eq(employers.laId, laId), eq(employers.status, 'approved'), onlyOwner('employer', employers.id))),
    countsBy(courses, courses.providerId, and(eq(courses.laId, laId), eq(courses.status, 'published'), onlyOwner('provider', courses.providerId)), cutOffs),
    countsBy(vacancies, vacancies.providerId, and(eq(vacancies.laId, laId), eq(vacancies.status, 'live'), onlyOwner('provider', vacancies.providerId)), cutOffs),
    countsBy(vacancies, vacancies.employerId, and(eq(vacancies.laId, laId), eq(vacancies.status, 'live'), onlyOwner('employer', vacancies.employerId)), cutOffs),
    lastReminders(freshnessReminders.providerId, laId),
    lastReminders(freshnessReminders.employerId, laId),
  ]);
  const [providerStaff, employerStaff] = await Promise.all([
    staffContacts(memberships.providerId, providerRows.map((row) => row.id)),
    staffContacts(memberships.employerId, employerRows.map((row) => row.id)),
  ]);
  const owner = (kind: OwnerKind, row: { id: string; name: string; lastCheckedAt: Date }, counts: Counts, contacts: Contacts, lastReminderAt: Date | null): Owner => ({
    kind,
    id: row.id,
    name: row.name,
    ...counts,
    lastReminderAt,
    recipients: contacts.emails.length + contacts.phones.length,
    ...contacts,
  });
  return [
    ...providerRows.map((row) => {
      const staff = providerStaff.get(row.id);
      // Nobody on its staff to reach: the provider's own email address, if it has one.
      const contacts = staff ?? { emails: row.email ? [row.email] : [], phones: [] };
      const counts = addCounts(addCounts(ownCounts(row.lastCheckedAt, now, rules), courseCounts.get(row.id) ?? NONE), providerVacancyCounts.get(row.id) ?? NONE);
      return owner('provider', row, counts, contacts, providerReminders.get(row.id) ?? null);
    }),
    ...employerRows.map((row) => {
      const counts = addCounts(ownCounts(row.lastCheckedAt, now, rules), employerVacancyCounts.get(row.id) ?? NONE);
      return owner('employer', row, counts, employerStaff.get(row.id) ?? { emails: [], phones: [] }, employerReminders.get(row.id) ?? null);
    }),
  ];
}

/**
 * Records a reminder to one owner unless anyone reminded them in the last `hours`, in one statement, so two
 * admins (or an admin and the weekly job) at once send one. True if this call recorded it.
 */
async function insertReminderIfNoneSince({ laId, owner, sentById, now, hours }: { laId: string; owner: Owner; sentById: string | null; now: Date; hours: number }): Promise<boolean> {
  const ownerColumn = owner.kind === 'provider' ? sql.raw('provider_id') : sql.raw('employer_id');
  // Every driver here returns node-postgres-shaped results ({ rows }).
  const inserted = (await db.execute(sql`
    insert into freshness_reminders (la_id, ${ownerColumn}, sent_by_id, recipients, sent_at)
    select ${laId}::uuid, ${owner.id}::uuid, ${sentById}::uuid, ${owner.emails.length + owner.phones.length}::int, ${now.toISOString()}::timestamptz
    where not exists (
      select 1 from freshness_reminders
      where ${ownerColumn} = ${owner.id}::uuid and sent_at > ${now.toISOString()}::timestamptz - make_interval(hours => ${hours}::int)
    )
    returning id
  `)) as unknown as { rows: { id: string }[] };
  return inserted.rows.length > 0;
}

/** Council admins only: every provider and employer in their area, most out of date first. Null for anyone else. */
export async function findFreshnessByOwner({ actorId, now, rules }: { actorId: string; now: Date; rules: FreshnessRules }): Promise<OwnerFreshness[] | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const owners = await ownersInArea(laId, now, rules);
  // The addresses stay on the server: the page needs only how many.
  return sortByMostOverdue(owners.map((owner) => summariseOwner(withoutContacts(owner), now)));
}

export type ReminderToSend = { ownerName: string; outOfDate: number; emails: string[]; phones: string[] };

/**
 * Council admins only: records a reminder to one provider or employer in their area and returns who to email or text,
 * or why not. The insert only happens if no reminder went to this owner in the last 24 hours, so two admins
 * pressing at once send one.
 */
export async function recordFreshnessReminder({
  actorId,
  kind,
  ownerId,
  now,
  rules,
}: {
  actorId: string;
  kind: OwnerKind;
  ownerId: string;
  now: Date;
  rules: FreshnessRules;
}): Promise<{ sent: ReminderToSend } | { refused: NonNullable<OwnerFreshness['cannotRemind']> } | null> {
  const laId = await laOfAdmin(actorId);
  if (!laId) return null;
  const [owner] = await ownersInArea(laId, now, rules, { kind, id: ownerId });
  if (!owner) return null;
  const summary = summariseOwner(owner, now);
  if (summary.cannotRemind) return { refused: summary.cannotRemind };
  const sent = await insertReminderIfNoneSince({ laId, owner, sentById: actorId, now, hours: REMIND_AGAIN_AFTER_HOURS });
  if (!sent) return { refused: 'reminded_today' };
  return { sent: reminderToSend(owner) };
}

function reminderToSend(owner: Owner): ReminderToSend {
  return { ownerName: owner.name, outOfDate: owner.needsChecking + owner.hidden, emails: owner.emails, phones: owner.phones };
}

/**
 * The weekly job (no actor: it runs for every area): records a reminder to each provider and employer that is
 * due one (`dueAutomaticReminder`) and returns who to email or text. `only` narrows it to one owner (tests).
 */
export async function recordAutomaticFreshnessReminders({
  now,
  rulesFor,
  only,
}: {
  now: Date;
  rulesFor: (laId: string) => Promise<FreshnessRules>;
  only?: { kind: OwnerKind; id: string };
}): Promise<(ReminderToSend & { hideAfterDays: number })[]> {
  const areas = await db.select({ id: localAuthorities.id }).from(localAuthorities);
  const toSend: (ReminderToSend & { hideAfterDays: number })[] = [];
  for (const area of areas) {
    const rules = await rulesFor(area.id);
    for (const owner of await ownersInArea(area.id, now, rules, only)) {
      if (!dueAutomaticReminder(owner, now)) continue;
      const hours = AUTOMATIC_REMINDER_EVERY_DAYS * 24;
      if (await insertReminderIfNoneSince({ laId: area.id, owner, sentById: null, now, hours })) {
        toSend.push({ ...reminderToSend(owner), hideAfterDays: rules.hideAfterDays });
      }
    }
  }
  return toSend;
}
