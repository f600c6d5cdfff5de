import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CheckedForm, SavedNote } from '@/components/manage/checked-form';
import { buttonClasses } from '@/components/ui/button-styles';
import { findOwnOpenDays, getOwnProvider } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';
import { formatEvent } from '@/lib/courses/words';
import { formatUkMobile } from '@/lib/sign-in/schemas';
import { addOpenDayAction, markProviderCheckedAction, removeOpenDayAction, updateProviderProfileAction } from './actions';
import { OpenDayForm } from './_components/open-day-form';
import { ProviderProfileForm } from './_components/provider-profile-form';

export const metadata: Metadata = { title: 'Your profile' };

const SAVED_MESSAGES: Record<string, string> = {
  profile: 'Saved. Young people see the changes now.',
  checked: 'Thank you. Your profile is marked as checked today.',
  'open-day': 'Open day added. Young people can see it now.',
  'open-day-removed': 'Open day removed.',
};

type Props = { searchParams: Promise<{ saved?: string }> };

export default async function ProviderProfilePage({ searchParams }: Props) {
  const user = await requireProviderStaff('/provider/profile');
  const [provider, days, query] = await Promise.all([
    getOwnProvider({ actorId: user.id }),
    findOwnOpenDays({ actorId: user.id, now: new Date() }),
    searchParams,
  ]);
  if (!provider || !days) notFound();
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/provider" className="inline-flex min-h-11 items-center">
          Back to provider home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Your profile: {provider.name}</h1>
      <SavedNote message={SAVED_MESSAGES[query.saved ?? ''] ?? null} />
      <CheckedForm action={markProviderCheckedAction} lastCheckedAt={provider.lastCheckedAt} lastCheckedBy={provider.lastCheckedBy} />
      <h2 className="mt-8 text-2xl font-bold">Change your profile</h2>
      <p className="mt-2">Changes go live at once. We keep a record of who changed what.</p>
      <ProviderProfileForm
        action={updateProviderProfileAction}
        saved={{
          description: provider.description,
          supportInfo: provider.supportInfo,
          textNumber: provider.textNumber?.startsWith('+44') ? formatUkMobile(provider.textNumber) : (provider.textNumber ?? ''),
          website: provider.website ?? '',
        }}
      />
      <h2 id="open-days" className="mt-10 text-2xl font-bold">
        Open days
      </h2>
      {days.upcoming.length === 0 ? (
        <p className="mt-2">You have no open days coming up.</p>
      ) : (
        <ul aria-label="Your open days" className="mt-2 flex flex-col gap-3">
          {days.upcoming.map((day) => (
            <li key={day.id} className="flex flex-col items-start gap-2 border-l-4 border-line bg-paper p-4">
              <p className="font-bold">{formatEvent(day.startsAt, day.endsAt)}</p>
              {day.siteName ? <p>{day.siteName}</p> : null}
              {day.description ? <p>{day.description}</p> : null}
              <form action={removeOpenDayAction}>
                <input type="hidden" name="openDayId" value={day.id} />
                <button type="submit" className={buttonClasses('secondary')} aria-label={`Remove the open day on ${formatEvent(day.startsAt, day.endsAt)}`}>
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <OpenDayForm action={addOpenDayAction} sites={days.sites} />
      <p className="mt-8">
        <Link href={`/providers/${provider.slug}`} className="inline-flex min-h-11 items-center">
          See your public page
        </Link>
      </p>
    </div>
  );
}
