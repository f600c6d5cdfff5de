import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getYoungPersonRecordForStaff } from '@/db/queries/privacy';
import { notFoundIfPresenting } from '@/lib/auth/present';
import { requireRole } from '@/lib/auth/session';
import { ADVISER_OUTCOMES } from '@/lib/applications/status';
import { RECORD_PARTS } from '@/lib/privacy/access';
import { ActionPlanSection } from './_components/action-plan-section';
import { SaveSearchLink } from './_components/save-search-link';
import { RECORD_SECTIONS } from './_components/sections';

// Never a stale name in a title bar: the record's own page sets its title after the access check.
export const metadata: Metadata = { title: 'Young person' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ reason?: string | string[]; recorded?: string | string[]; plan?: string | string[] }>;
};

const STAFF_BASIS_WORDS = {
  self: '',
  caseload: 'They are on your caseload.',
  consent: 'They let you see this.',
  application: 'They applied to you.',
  la_admin: 'You gave a reason. They can see that you looked, and why.',
  search_permission: 'You gave a reason. They can see that you looked, and why.',
} as const;

const STAFF_PART_NAMES = { profile: 'About them and what they saved', cv: 'Their CV', applications: 'Their applications' } as const;

/**
 * One young person's record for a PA (or a council admin with a reason): only the parts the access rule
 * allows, and every view is logged for the young person to see. Anyone else gets not-found.
 */
export default async function YoungPersonRecordPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requireRole(['adviser', 'la_admin'], `/adviser/young-people/${id}`);
  await notFoundIfPresenting();
  const reason = typeof query.reason === 'string' ? query.reason : null;
  const record = await getYoungPersonRecordForStaff({
    actorId: user.id,
    youngPersonId: id,
    reason,
    now: new Date(),
    config: (await getAreaSettings({ laId: user.laId })).privacy,
    rules: (await getAreaSettings({ laId: user.laId })).freshness,
  });
  if (!record) notFound();
  const hidden = RECORD_PARTS.filter((part) => !record.parts.includes(part));
  const recorded =
    query.recorded === 'no_show' || query.recorded === 'did_not_enrol'
      ? ADVISER_OUTCOMES[query.recorded].done
      : query.recorded === 'moved-on'
        ? 'Not saved: that application had already moved on.'
        : null;

  return (
    <div>
      <p>
        <Link href="/adviser" className="inline-flex min-h-11 items-center">
          Back to your young people
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{record.name ?? 'No name given'}</h1>
      <p className="mt-2">
        {STAFF_BASIS_WORDS[record.basis]} {record.name ?? 'They'} can see that you looked at this page.
      </p>
      <div role="status">{recorded ? <p className="mt-4 border-l-4 border-brand bg-paper p-3 font-bold">{recorded}</p> : null}</div>
      {record.basis === 'caseload' ? <SaveSearchLink youngPersonId={record.id} /> : null}
      {RECORD_SECTIONS.filter(({ part }) => record.parts.includes(part)).map(({ Section }) => (
        <Section key={Section.name} record={record} />
      ))}
      <ActionPlanSection record={record} done={typeof query.plan === 'string' ? query.plan : undefined} />
      {hidden.length > 0 ? (
        <section aria-labelledby="hidden-heading" className="mt-8">
          <h2 id="hidden-heading" className="text-2xl font-bold">
            Not shared with you
          </h2>
          <p className="mt-2">They have not let you see these. You can ask them to.</p>
          <ul className="mt-2 list-disc pl-6" aria-label="Not shared with you">
            {hidden.map((part) => (
              <li key={part}>{STAFF_PART_NAMES[part]}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
