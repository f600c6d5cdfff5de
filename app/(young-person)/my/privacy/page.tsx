import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getMyParentCarer } from '@/db/queries/parent-carers';
import { findAccessLog, getPrivacyOverview } from '@/db/queries/privacy';
import { requireYoungPerson } from '@/lib/auth/session';
import { ROLE_LABEL, isRole } from '@/lib/auth/roles';
import { ACCESS_BASIS_WORDS, describeParts, describeWhen, RECORD_PART_WORDS } from '@/lib/privacy/words';
import { grantConsentAction } from './actions';
import { ChangeButton } from './_components/change-button';
import { GrantConsentForm } from './_components/grant-consent-form';

export const metadata: Metadata = { title: 'Who can see my record' };

type Props = { searchParams: Promise<{ changed?: string }> };

const CHANGED_WORDS: Record<string, string> = {
  allow: 'Done. They can see what you chose.',
  stop: 'Done. They cannot see it any more, from now.',
  waiting: 'Done. It counts when your parent or carer says yes.',
  parent: 'Done. Your parent or carer can see what you chose. They sign in with a code we text them.',
};

const PART_CHOICES = (['profile', 'cv', 'applications'] as const).map((part) => ({
  value: part,
  label: RECORD_PART_WORDS[part].name,
  description: RECORD_PART_WORDS[part].description,
  imagePath: RECORD_PART_WORDS[part].imagePath,
}));

/**
 * A young person's privacy page: who can see their record and what, a button to let or stop each person
 * seeing each part (stopping counts at once), and every time staff looked.
 */
export default async function MyPrivacyPage({ searchParams }: Props) {
  const user = await requireYoungPerson('/my/privacy');
  const { changed } = await searchParams;
  const now = new Date();
  const [overview, log, parent] = await Promise.all([
    getPrivacyOverview({ actorId: user.id, now, config: (await getAreaSettings({ laId: user.laId })).privacy }),
    findAccessLog({ actorId: user.id }),
    getMyParentCarer({ actorId: user.id, now }),
  ]);
  if (!overview) notFound();
  const status = changed ? CHANGED_WORDS[changed] : undefined;
  const viewerIds = new Set(overview.viewers.map((viewer) => viewer.person.id));
  const canLetSomeone = overview.canConsentAlone || overview.canConsentWithParent;
  const parentName = parent?.name ?? 'Your parent or carer';
  const otherAdvisers = overview.advisers
    .filter((adviser) => !viewerIds.has(adviser.id))
    .map((adviser) => ({ id: adviser.id, name: adviser.name ?? 'An adviser' }));

  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/my" className="inline-flex min-h-11 items-center">
          Back to my page
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Who can see my record</h1>
      <p className="mt-4">You choose who sees what. You can change your mind at any time.</p>
      <div role="status" className="mt-4">
        {status ? <p className="border-l-4 border-brand bg-paper p-3 font-bold">{status}</p> : null}
      </div>

      <section aria-labelledby="who-heading" className="mt-8">
        <h2 id="who-heading" className="text-2xl font-bold">
          People who can see it
        </h2>
        {overview.viewers.length === 0 ? (
          <p className="mt-4">Nobody but you. Council staff can look only if they write down why, and then you will see it below.</p>
        ) : (
          <ul className="mt-4 flex flex-col gap-6" aria-label="People who can see your record">
            {overview.viewers.map(({ person, isMyAdviser, parts }) => {
              const name = person.name ?? 'Someone';
              return (
                <li key={person.id} className="border-2 border-line bg-paper p-4">
                  <h3 className="text-xl font-bold">{name}</h3>
                  <p>{isMyAdviser ? 'Your adviser' : isRole(person.role) ? ROLE_LABEL[person.role] : ''}</p>
                  <ul className="mt-4 flex flex-col gap-4" aria-label={`What ${name} can see`}>
                    {parts.map(({ part, isAllowed, isByConsent, isWaiting }) => (
                      <li key={part} className="flex flex-wrap items-center gap-4">
                        <Picture src={RECORD_PART_WORDS[part].imagePath} alt="" width={64} height={64} className="size-16" />
                        <div className="flex-1">
                          <p className="font-bold">{RECORD_PART_WORDS[part].name}</p>
                          <p>
                            {isWaiting
                              ? `${name} cannot see this yet. It counts when your parent or carer says yes.`
                              : isAllowed
                              ? isByConsent
                                ? `${name} can see this. You said they could.`
                                : `${name} can see this, because they are your adviser.`
                              : `${name} cannot see this.`}
                          </p>
                        </div>
                        {isByConsent || isWaiting ? (
                          <ChangeButton personId={person.id} part={part} change="stop" personName={name} />
                        ) : !isAllowed && canLetSomeone ? (
                          <ChangeButton personId={person.id} part={part} change="allow" personName={name} />
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {canLetSomeone && otherAdvisers.length > 0 ? (
        <section aria-labelledby="let-heading" className="mt-8">
          <h2 id="let-heading" className="text-2xl font-bold">
            Let an adviser see your record
          </h2>
          <GrantConsentForm
            action={grantConsentAction}
            advisers={otherAdvisers}
            parts={PART_CHOICES}
          />
          {overview.canConsentWithParent ? <p className="mt-4">Your parent or carer has to say yes first.</p> : null}
        </section>
      ) : null}
      {!canLetSomeone ? (
        <p className="mt-8">To let someone else see your record, add a parent or carer first. They will need to say yes.</p>
      ) : null}

      <section aria-labelledby="parent-heading" className="mt-8">
        <div className="flex items-center gap-4">
          <Picture src="/images/privacy/parent-carer.svg" alt="" width={64} height={64} className="size-16" />
          <h2 id="parent-heading" className="text-2xl font-bold">
            My parent or carer
          </h2>
        </div>
        {parent ? (
          <p className="mt-4">
            {parentName} can see {parent.parts.length > 0 ? describeParts(parent.parts) : 'nothing now'}.
          </p>
        ) : (
          <p className="mt-4">You can add a parent or carer. You choose what they can see.</p>
        )}
        <p className="mt-2">
          <Link href="/my/privacy/parent" className="inline-flex min-h-11 items-center font-bold">
            {parent ? `Change what ${parentName} can see, or stop it` : 'Add a parent or carer'}
          </Link>
        </p>
      </section>

      <section aria-labelledby="looked-heading" className="mt-8">
        <div className="flex items-center gap-4">
          <Picture src="/images/privacy/looked.svg" alt="" width={64} height={64} className="size-16" />
          <h2 id="looked-heading" className="text-2xl font-bold">
            Who looked at my record
          </h2>
        </div>
        {log.length === 0 ? (
          <p className="mt-4">Nobody has looked at your record yet.</p>
        ) : (
          <ul className="mt-4 flex flex-col gap-3" aria-label="Who looked at your record">
            {log.map((line) => (
              <li key={line.id} className="border-l-4 border-brand bg-paper p-3">
                <p>
                  <span className="font-bold">{line.who ?? 'Someone'}</span>
                  {isRole(line.role) ? ` (${ROLE_LABEL[line.role].toLowerCase()})` : ''} looked at {line.what}.
                </p>
                <p>{describeWhen(line.at)}</p>
                <p>{ACCESS_BASIS_WORDS[line.basis]}</p>
                {line.reason ? <p>Why: “{line.reason}”</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <p className="mt-8">
        <Link href="/my/your-data" className="inline-flex min-h-11 items-center">
          Your data: get a copy, or delete your account
        </Link>
      </p>
    </div>
  );
}
