import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccountHeader } from '@/components/layout/account-header';
import { InstallPrompt } from '@/components/pwa/install-prompt';
import { KeepSavedOffline } from '@/components/pwa/keep-saved-offline';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getAccountSummary } from '@/db/queries/people';
import { findSavedCourses, findSavedVacancies } from '@/db/queries/saved';
import { offlineKeyFor } from '@/lib/auth/offline-key';
import { requireYoungPerson } from '@/lib/auth/session';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { VACANCY_TYPE_WORDS } from '@/lib/vacancies/words';
import { signOutAction } from '../../(public)/sign-out/actions';
import { SavedExploreResults } from './_components/saved-explore-results';
import { MyApplicationsPanel } from './_components/my-applications-panel';
import { MyPlanPanel } from './_components/my-plan-panel';
import { SavedSearchesPanel } from './_components/saved-searches-panel';

export const metadata: Metadata = { title: 'My page' };

export default async function MyPage() {
  const user = await requireYoungPerson('/my');
  const [account, savedCourses, savedVacancies] = await Promise.all([
    getAccountSummary({ actorId: user.id }),
    findSavedCourses({ actorId: user.id }),
    findSavedVacancies({ actorId: user.id, now: new Date(), rules: (await getAreaSettings({ laId: user.laId })).freshness }),
  ]);
  if (!account) notFound();

  return (
    <div>
      <AccountHeader
        heading={`Hello ${account.name ?? 'there'}`}
        roleLabel={ROLE_LABEL.young_person}
        areaName={account.areaName}
        signOutAction={signOutAction}
      />
      <InstallPrompt />
      <MyPlanPanel actorId={user.id} />
      <MyApplicationsPanel userId={user.id} laId={user.laId} />
      <h2 className="mt-8 text-2xl font-bold">What do you want to do?</h2>
      <ul className="mt-4 flex flex-col gap-2">
        <li>
          <Link href="/courses" className="inline-flex min-h-11 items-center">
            Find a course
          </Link>
        </li>
        <li>
          <Link href="/vacancies" className="inline-flex min-h-11 items-center">
            Find a job or training
          </Link>
        </li>
        <li>
          <Link href="/categories" className="inline-flex min-h-11 items-center">
            Look at types of work
          </Link>
        </li>
        <li>
          <Link href="/cv" className="inline-flex min-h-11 items-center">
            Build and share your CV
          </Link>
        </li>
        <li>
          <Link href="/ask-adviser" className="inline-flex min-h-11 items-center">
            Ask your adviser for help
          </Link>
        </li>
        <li>
          <Link href="/my/privacy" className="inline-flex min-h-11 items-center">
            Who can see my record
          </Link>
        </li>
      </ul>
      <h2 className="mt-8 text-2xl font-bold">Courses you saved</h2>
      {savedCourses.length === 0 ? (
        <p className="mt-4">Nothing saved yet. Press “Save this course” on any course to keep it here.</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-2" aria-label="Courses you saved">
          {savedCourses.map((course) => (
            <li key={course.slug}>
              {course.isListed ? (
                <Link href={`/courses/${course.slug}`} className="inline-flex min-h-11 items-center">
                  {course.title} at {course.providerName}
                </Link>
              ) : (
                <span className="inline-flex min-h-11 items-center text-muted">
                  {course.title} at {course.providerName} – this course is no longer listed
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2 className="mt-8 text-2xl font-bold">Jobs and training you saved</h2>
      {savedVacancies.length === 0 ? (
        <p className="mt-4">Nothing saved yet. Press “Save” on any job or training place to keep it here.</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-2" aria-label="Jobs and training you saved">
          {savedVacancies.map((vacancy) => (
            <li key={vacancy.id}>
              {vacancy.isOpen ? (
                <Link href={`/vacancies/${vacancy.id}`} className="inline-flex min-h-11 items-center">
                  {vacancy.title} with {vacancy.offeredBy}
                </Link>
              ) : (
                <span className="inline-flex min-h-11 items-center text-muted">
                  {vacancy.title} with {vacancy.offeredBy} – this {VACANCY_TYPE_WORDS[vacancy.type].one} has closed
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <SavedExploreResults actorId={user.id} />
      <SavedSearchesPanel actorId={user.id} />
      <KeepSavedOffline
        ownerKey={offlineKeyFor(user.id)}
        paths={[...savedCourses.filter((course) => course.isListed).map((course) => `/courses/${course.slug}`), ...savedVacancies.filter((vacancy) => vacancy.isOpen).map((vacancy) => `/vacancies/${vacancy.id}`)]}
      />
    </div>
  );
}
