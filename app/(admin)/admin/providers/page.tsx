import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SavedNote } from '@/components/manage/checked-form';
import { buttonClasses } from '@/components/ui/button-styles';
import { findAreaEmployers, findAreaProviders, findRecentOrganisationChanges } from '@/db/queries/area-organisations';
import { requireLaAdmin } from '@/lib/auth/session';
import { PROVIDER_KIND_WORDS, type ProviderKind } from '@/lib/providers/words';
import { pauseDoneWords, providerStatusWords } from '@/lib/providers/pause-words';
import { createProviderAction, setEmployerSuspendedAction } from './actions';
import { NewProviderForm } from './_components/new-provider-form';
import { RecentChanges } from '@/components/manage/recent-changes';
import { BackLink } from '@/components/layout/back-link';
import { TableScroller } from '@/components/ui/table-scroller';
import { PauseProviderButton } from './_components/pause-provider-button';

export const metadata: Metadata = { title: 'Providers and employers' };


const STATUS_WORDS = { pending: 'Waiting for approval', approved: 'Approved', rejected: 'Turned down', suspended: 'Suspended' } as const;

const DONE: Record<string, (name: string) => string> = {
  provider: (name) => `${name} added. Now add their staff on the staff accounts page.`,
  suspended: (name) => `${name} is suspended. Young people cannot see their vacancies.`,
  restored: (name) => `${name} is restored. Young people can see their vacancies again.`,
  paused: (name) => pauseDoneWords(name, true),
  unpaused: (name) => pauseDoneWords(name, false),
  refused: (name) => `${name} is not approved yet, so it cannot be suspended. Use the approvals page.`,
};

type Props = { searchParams: Promise<{ done?: string | string[]; id?: string | string[] }> };

/** Council admins: the area's course providers and employers, adding a provider, suspending an employer. */
export default async function ProvidersAndEmployersPage({ searchParams }: Props) {
  const user = await requireLaAdmin('/admin/providers');
  const [query, providers, employers, changes] = await Promise.all([
    searchParams,
    findAreaProviders({ actorId: user.id }),
    findAreaEmployers({ actorId: user.id }),
    findRecentOrganisationChanges({ actorId: user.id }),
  ]);
  if (!providers || !employers) notFound();
  const changedName = [...providers, ...employers].find((row) => row.id === query.id)?.name;
  const done = typeof query.done === 'string' ? DONE[query.done] : undefined;

  return (
    <div className="max-w-5xl">
      <BackLink href="/admin">Back to council admin</BackLink>
      <h1 className="mt-2 text-3xl font-bold">Providers and employers</h1>
      <SavedNote message={changedName && done ? done(changedName) : null} />

      <h2 className="mt-8 text-2xl font-bold">Course providers</h2>
      <p className="mt-2 max-w-prose">
        Choose a provider to change its name, what it offers or how to get in touch. Pause a provider that has closed or
        broken the rules: young people stop seeing its page, courses, open days and vacancies at once. Its staff can still
        sign in.
      </p>
      {providers.length === 0 ? (
        <p className="mt-2">There are no course providers in your area yet.</p>
      ) : (
        <TableScroller label="Course providers in your area" className="mt-4">
          <table className="w-full border-collapse bg-paper text-left">
            <caption className="sr-only">Course providers in your area</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-ink p-2">Provider</th>
                <th scope="col" className="border-b-2 border-ink p-2">Kind</th>
                <th scope="col" className="border-b-2 border-ink p-2">Courses</th>
                <th scope="col" className="border-b-2 border-ink p-2">Staff</th>
                <th scope="col" className="border-b-2 border-ink p-2">Status</th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  <span className="sr-only">Change</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {providers.map((provider) => (
                <tr key={provider.id}>
                  <th scope="row" className="border-b border-line p-2 font-bold">
                    <Link href={`/admin/providers/${provider.id}`} className="inline-flex min-h-11 items-center">
                      {provider.name}
                    </Link>
                  </th>
                  <td className="border-b border-line p-2">{PROVIDER_KIND_WORDS[provider.kind as ProviderKind] ?? provider.kind}</td>
                  <td className="border-b border-line p-2">{provider.courses}</td>
                  <td className="border-b border-line p-2">{provider.staff}</td>
                  <td className="border-b border-line p-2">{providerStatusWords(provider.pausedAt)}</td>
                  <td className="border-b border-line p-2">
                    <PauseProviderButton providerId={provider.id} name={provider.name} isPaused={provider.pausedAt !== null} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      <h3 className="mt-6 text-xl font-bold">Add a course provider</h3>
      <NewProviderForm action={createProviderAction} />

      <h2 id="employers" className="mt-8 text-2xl font-bold">Employers</h2>
      <p className="mt-2 max-w-prose">
        Suspend an employer to hide all their vacancies from young people at once. Their staff can still sign in. New
        employers are approved on the{' '}
        <Link href="/admin/moderation" className="font-bold">
          approvals page
        </Link>
        .
      </p>
      {employers.length === 0 ? (
        <p className="mt-2">There are no employers in your area yet.</p>
      ) : (
        <TableScroller label="Employers in your area" className="mt-4">
          <table className="w-full border-collapse bg-paper text-left">
            <caption className="sr-only">Employers in your area</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-ink p-2">Employer</th>
                <th scope="col" className="border-b-2 border-ink p-2">Status</th>
                <th scope="col" className="border-b-2 border-ink p-2">Vacancies</th>
                <th scope="col" className="border-b-2 border-ink p-2">Staff</th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  <span className="sr-only">Change</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {employers.map((employer) => (
                <tr key={employer.id}>
                  <th scope="row" className="border-b border-line p-2 font-bold">
                    <Link href={`/admin/employers/${employer.id}`} className="inline-flex min-h-11 items-center">
                      {employer.name}
                    </Link>
                  </th>
                  <td className="border-b border-line p-2">{STATUS_WORDS[employer.status]}</td>
                  <td className="border-b border-line p-2">{employer.vacancies}</td>
                  <td className="border-b border-line p-2">{employer.staff}</td>
                  <td className="border-b border-line p-2">
                    {employer.status === 'approved' || employer.status === 'suspended' ? (
                      <form action={setEmployerSuspendedAction}>
                        <input type="hidden" name="employerId" value={employer.id} />
                        <input type="hidden" name="suspend" value={employer.status === 'approved' ? 'yes' : 'no'} />
                        <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
                          {employer.status === 'approved' ? 'Suspend' : 'Restore'}
                          <span className="sr-only"> {employer.name}</span>
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}

      <RecentChanges changes={changes} />
    </div>
  );
}
