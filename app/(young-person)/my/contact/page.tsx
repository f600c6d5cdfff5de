import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { getContactSettings } from '@/db/queries/notifications';
import { requireYoungPerson } from '@/lib/auth/session';
import { channelChoicesFor, MESSAGE_TYPE_RULES, MESSAGE_TYPES, notificationConfigFrom } from '@/lib/notifications/rules';
import { MESSAGE_TYPE_WORDS } from '@/lib/notifications/words';
import { saveContactChoicesAction } from './actions';
import { ChannelChoices } from './_components/channel-choices';

type Props = { searchParams: Promise<{ saved?: string; problem?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { problem } = await searchParams;
  return { title: `${problem ? 'Error: ' : ''}How we contact you` };
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A young person chooses, for each kind of message, a text, an email (if they gave us one) or nothing. */
export default async function ContactPage({ searchParams }: Props) {
  const user = await requireYoungPerson('/my/contact');
  const [{ saved, problem }, settings] = await Promise.all([searchParams, getContactSettings({ actorId: user.id })]);
  if (!settings) notFound();
  const config = notificationConfigFrom();

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <p>
        <Link href="/my" className="inline-flex min-h-11 items-center">
          Back to my page
        </Link>
      </p>
      <h1 className="text-3xl font-bold">How we contact you</h1>
      {saved ? (
        <div role="status" className="border-l-8 border-success bg-paper p-4">
          <h2 className="text-xl font-bold">Your choices are saved</h2>
        </div>
      ) : null}
      {problem ? (
        <div role="alert" className="border-l-8 border-error bg-paper p-4">
          <h2 className="text-xl font-bold">There is a problem</h2>
          <p>Choose how you want to get each kind of message, then press Save.</p>
        </div>
      ) : null}
      <p>
        We never send messages at night, between {clock(config.quietFrom)} and {clock(config.quietTo)}. We send you {config.dailyCap}{' '}
        messages a day at most.
      </p>
      {settings.hasEmail ? null : <p>To get emails, ask your adviser to add your email address.</p>}
      <form action={saveContactChoicesAction} className="flex flex-col gap-8">
        {MESSAGE_TYPES.map((type) => {
          const choices = channelChoicesFor(type, settings.hasEmail);
          const chosen = settings.choices[type];
          return (
            <ChannelChoices
              key={type}
              name={type}
              legend={MESSAGE_TYPE_WORDS[type].name}
              hint={MESSAGE_TYPE_WORDS[type].hint}
              value={chosen && choices.includes(chosen) ? chosen : MESSAGE_TYPE_RULES[type].defaultChannel}
              choices={choices}
            />
          );
        })}
        <div>
          <button type="submit" className={buttonClasses('primary', 'cursor-pointer')}>
            Save my choices
          </button>
        </div>
      </form>
    </div>
  );
}
