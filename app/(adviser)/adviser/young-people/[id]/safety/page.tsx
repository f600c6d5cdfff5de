import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { NativeCheckbox, NativeRadioCards } from '@/components/ui/native-fields';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getSafetySettings } from '@/db/queries/safety';
import { notFoundIfPresenting } from '@/lib/auth/present';
import { ROLE_LABEL, type Role } from '@/lib/auth/roles';
import { requireAdviser } from '@/lib/auth/session';
import { setSafetyFlagAction } from './actions';

export const metadata: Metadata = { title: 'Keep their details safe' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

/**
 * The young person's own adviser: a safety flag hides where they live and how to reach them from all staff
 * except the ones named here (the adviser setting it is always named). Anyone else: not-found.
 */
export default async function SafetyFlagPage({ params, searchParams }: Props) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const user = await requireAdviser(`/adviser/young-people/${id}/safety`);
  await notFoundIfPresenting();
  const settings = await getSafetySettings({ actorId: user.id, youngPersonId: id, now: new Date(), config: (await getAreaSettings({ laId: user.laId })).privacy });
  if (!settings) notFound();
  const name = settings.youngPersonName ?? 'them';

  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/adviser/young-people/${id}`} className="inline-flex min-h-11 items-center">
          Back to {name}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Keep {name}’s details safe</h1>
      <div role="status" className="mt-4">
        {saved ? (
          <p className="border-l-4 border-brand bg-paper p-3 font-bold">
            Saved. {settings.isOn ? 'Only the staff named here can see their postcode, phone and email.' : 'Staff who can see their record can see their details.'}
          </p>
        ) : null}
      </div>
      <p className="mt-4 max-w-prose">
        Use this when someone could be at risk if the wrong person knew where they are. Their postcode, phone and email are
        then hidden from all staff, and from colleges and employers they apply to. Only the staff you name can see them.
      </p>
      <form action={setSafetyFlagAction} className="mt-6 flex flex-col gap-6">
        <input type="hidden" name="youngPersonId" value={id} />
        <NativeRadioCards
          label="Hide where they live and how to contact them?"
          name="flag"
          defaultValue={settings.isOn ? 'on' : 'off'}
          options={[
            { value: 'on', label: 'Yes, hide them' },
            { value: 'off', label: 'No' },
          ]}
        />
        <fieldset className="flex flex-col gap-3">
          <legend className="text-lg font-bold">Who else can still see them?</legend>
          <p className="text-muted">You can always see them. Only used when they are hidden.</p>
          {settings.otherStaff.length === 0 ? (
            <p>There is nobody else to name in your area.</p>
          ) : (
            settings.otherStaff.map((staff) => (
              <NativeCheckbox key={staff.id} name="named" value={staff.id} defaultChecked={settings.namedStaffIds.includes(staff.id)}>
                {staff.name ?? 'No name given'}, {ROLE_LABEL[staff.role as Role].toLowerCase()}
              </NativeCheckbox>
            ))
          )}
        </fieldset>
        <div>
          <button type="submit" className={buttonClasses('primary', 'cursor-pointer')}>
            Save
          </button>
        </div>
      </form>
    </div>
  );
}
