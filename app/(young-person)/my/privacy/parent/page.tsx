import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';
import { getMyParentCarer } from '@/db/queries/parent-carers';
import { requireYoungPerson } from '@/lib/auth/session';
import { RECORD_PARTS } from '@/lib/privacy/access';
import { RECORD_PART_WORDS } from '@/lib/privacy/words';
import { nameParentCarerAction, removeParentCarerAction } from '../actions';
import { ChangeButton } from '../_components/change-button';
import { NameParentForm } from '../_components/name-parent-form';

export const metadata: Metadata = { title: 'My parent or carer' };

/**
 * A young person names one parent or carer and chooses, picture by picture, what they can see; or changes it, or
 * stops it (at once). The parent or carer signs in with a code texted to the number given here.
 */
export default async function MyParentCarerPage() {
  const user = await requireYoungPerson('/my/privacy/parent');
  const parent = await getMyParentCarer({ actorId: user.id, now: new Date() });
  const parentName = parent?.name ?? 'Your parent or carer';
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/my/privacy" className="inline-flex min-h-11 items-center">
          Back to who can see my record
        </Link>
      </p>
      <div className="mt-2 flex items-center gap-4">
        <Picture src="/images/privacy/parent-carer.svg" alt="" width={64} height={64} className="size-16" />
        <h1 className="text-3xl font-bold">My parent or carer</h1>
      </div>
      {parent ? (
        <div className="mt-6 border-2 border-line bg-paper p-4">
          <h2 className="text-xl font-bold">{parentName}</h2>
          <p>They sign in with a code we text them. You can see each time they look.</p>
          <ul className="mt-4 flex flex-col gap-4" aria-label={`What ${parentName} can see`}>
            {RECORD_PARTS.map((part) => {
              const canSee = parent.parts.includes(part);
              return (
                <li key={part} className="flex flex-wrap items-center gap-4">
                  <Picture src={RECORD_PART_WORDS[part].imagePath} alt="" width={64} height={64} className="size-16" />
                  <div className="flex-1">
                    <p className="font-bold">{RECORD_PART_WORDS[part].name}</p>
                    <p>{canSee ? `${parentName} can see this. You said they could.` : `${parentName} cannot see this.`}</p>
                  </div>
                  <ChangeButton personId={parent.id} part={part} change={canSee ? 'stop' : 'allow'} personName={parentName} />
                </li>
              );
            })}
          </ul>
          <form action={removeParentCarerAction} className="mt-6">
            <input type="hidden" name="person" value={parent.id} />
            <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
              Stop {parentName} seeing anything
            </button>
          </form>
        </div>
      ) : (
        <>
          <p className="mt-4">You can add a parent or carer. You choose what they can see. You can stop it at any time.</p>
          <p className="mt-2">If you are young, they may need to say yes before an adviser can see your record.</p>
          <NameParentForm
            action={nameParentCarerAction}
            parts={RECORD_PARTS.map((part) => ({
              value: part,
              label: RECORD_PART_WORDS[part].name,
              description: RECORD_PART_WORDS[part].description,
              imagePath: RECORD_PART_WORDS[part].imagePath,
            }))}
          />
        </>
      )}
    </div>
  );
}
