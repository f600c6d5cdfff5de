import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccountHeader } from '@/components/layout/account-header';
import { getOwnAreaSettings } from '@/db/queries/area-settings';
import { getAccountSummary, getAreaCounts } from '@/db/queries/people';
import { requireLaAdmin } from '@/lib/auth/session';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { AREA_FIGURE_DEFINITIONS } from '@/lib/manage/area-figures';
import { signOutAction } from '../../(public)/sign-out/actions';
import { KioskPanel } from './_components/kiosk-panel';
import { ModerationLink } from './_components/moderation-link';
import { PhotosLink } from './_components/photos-link';
import { SeptemberLink } from './_components/september-link';
import { SettingsLink } from './_components/settings-link';
import { StaffLink } from './_components/staff-link';
import { AreaLinks } from './_components/area-links';
import { TableScroller } from '@/components/ui/table-scroller';

export const metadata: Metadata = { title: 'Council admin' };

const numberFormat = new Intl.NumberFormat('en-GB');

export default async function AdminHomePage() {
  const user = await requireLaAdmin('/admin');
  const settings = await getOwnAreaSettings({ actorId: user.id });
  if (!settings) notFound();
  const rules = settings.freshness;
  const [account, counts] = await Promise.all([
    getAccountSummary({ actorId: user.id }),
    getAreaCounts({ actorId: user.id, now: new Date(), rules }),
  ]);
  if (!account || !counts) notFound();

  const headlines = [
    { label: 'Vacancies open', value: counts.vacanciesOpen, definition: AREA_FIGURE_DEFINITIONS.vacanciesOpen },
    { label: 'Applications this month', value: counts.applicationsThisMonth, definition: AREA_FIGURE_DEFINITIONS.applicationsThisMonth },
    { label: 'Young people without an offer', value: counts.youngPeopleWithoutOffer, definition: AREA_FIGURE_DEFINITIONS.youngPeopleWithoutOffer },
  ];
  const figures = [
    { label: 'Providers', value: counts.providers },
    { label: 'Courses', value: counts.courses },
    { label: 'Vacancies and training places', value: counts.vacancies },
    { label: 'Young people signed up', value: counts.youngPeople },
  ];
  return (
    <div>
      <AccountHeader
        heading={`Hello ${account.name ?? ''}`.trim()}
        roleLabel={ROLE_LABEL.la_admin}
        areaName={account.areaName}
        signOutAction={signOutAction}
      />
      <ModerationLink />
      <SeptemberLink />
      <StaffLink />
      <AreaLinks />
      <PhotosLink />
      <SettingsLink />
      <h2 className="mt-8 text-2xl font-bold">{account.areaName} at a glance</h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-3">
        {headlines.map((figure) => (
          <div key={figure.label} className="border-l-4 border-brand bg-paper p-4">
            <dt className="font-bold">{figure.label}</dt>
            <dd className="text-3xl font-bold">{numberFormat.format(figure.value)}</dd>
            <dd className="mt-1 text-base text-muted">{figure.definition}</dd>
          </div>
        ))}
      </dl>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2">
        {figures.map((figure) => (
          <div key={figure.label} className="border-l-4 border-brand bg-paper p-4">
            <dt>{figure.label}</dt>
            <dd className="text-3xl font-bold">{numberFormat.format(figure.value)}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-2xl font-bold">Information going out of date</h2>
      <p className="mt-2 max-w-prose">
        Records not checked for {rules.warnAfterDays} days need checking. After {rules.hideAfterDays} days young people
        no longer see them.
      </p>
      <TableScroller label="Records going out of date" className="mt-4">
        <table className="w-full max-w-2xl border-collapse bg-paper text-left">
          <caption className="sr-only">Records going out of date</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink p-2">Records</th>
              <th scope="col" className="border-b-2 border-ink p-2">Need checking</th>
              <th scope="col" className="border-b-2 border-ink p-2">Hidden</th>
            </tr>
          </thead>
          <tbody>
            {(['providers', 'courses', 'vacancies'] as const).map((kind) => (
              <tr key={kind}>
                <th scope="row" className="border-b border-line p-2 font-normal capitalize">{kind}</th>
                <td className="border-b border-line p-2">{numberFormat.format(counts.needsChecking[kind])}</td>
                <td className="border-b border-line p-2">{numberFormat.format(counts.hidden[kind])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      <p className="mt-4">
        <Link href="/admin/freshness" className="inline-flex min-h-11 items-center text-xl font-bold">
          Who needs to check their information, and reminders
        </Link>
      </p>
      <KioskPanel actorId={user.id} />
    </div>
  );
}
