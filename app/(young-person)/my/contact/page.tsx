import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { PushSwitch } from '@/components/push/push-switch';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getContactSettings } from '@/db/queries/notifications';
import { findOwnPushEndpoints } from '@/db/queries/push';
import { getKioskContext } from '@/lib/auth/kiosk';
import { requireYoungPerson } from '@/lib/auth/session';
import { channelChoicesFor, MESSAGE_TYPE_RULES, MESSAGE_TYPES } from '@/lib/notifications/rules';
import { currentPushConfig } from '@/lib/notifications/push';
import { MESSAGE_TYPE_WORDS } from '@/lib/notifications/words';
import { turnOffPushAction, turnOnPushAction } from '../../../_push/actions';
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

/**
 * A young person chooses, for each kind of message, a text, an email (if they gave us one), a notification on
 * their phone (where the service and the phone can do it) or nothing.
 */
export default async function ContactPage({ searchParams }: Props) {
  const user = await requireYoungPerson('/my/contact');
  const [{ saved, problem }, settings, endpoints, kiosk] = await Promise.all([
    searchParams,
    getContactSettings({ actorId: user.id }),
    findOwnPushEndpoints({ actorId: user.id }),
    getKioskContext(),
  ]);
  if (!settings) notFound();
  const config = (await getAreaSettings({ laId: user.laId })).notifications;
  // Push is offered where the service can send it, and never on a shared kiosk (decision 029).
  const pushConfig = kiosk ? null : currentPushConfig();
  const push = pushConfig ? { publicKey: pushConfig.publicKey, knownEndpoints: endpoints, turnOnAction: turnOnPushAction } : undefined;
  const isPushChosenWithoutPhone = endpoints.length === 0 && MESSAGE_TYPES.some((type) => settings.choices[type] === 'push');

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
      {push ? (
        <section aria-labelledby="push-heading" className="flex flex-col gap-3 border-l-4 border-brand bg-paper p-4">
          <h2 id="push-heading" className="text-xl font-bold">
            Notifications on this phone
          </h2>
          {isPushChosenWithoutPhone ? (
            <p>
              Notifications are not on for any of your phones. News about your applications will come by text. Other messages you chose
              to get as notifications will not come until you turn them on again, or choose a text or email.
            </p>
          ) : null}
          <PushSwitch
            id="push-switch"
            {...push}
            turnOffAction={turnOffPushAction}
            words={{
              on: 'Notifications are on for this phone.',
              off: 'Notifications are off for this phone.',
              unsupported: 'This phone or browser cannot get notifications from Next Steps. You can get texts instead.',
              blocked: 'Notifications from Next Steps are blocked on this phone. To get them, allow notifications in your browser settings.',
              turnOn: 'Turn on notifications on this phone',
              turnOff: 'Turn off notifications on this phone',
            }}
          />
          <p className="text-base text-muted">Signing out of this phone turns its notifications off.</p>
        </section>
      ) : null}
      <form action={saveContactChoicesAction} className="flex flex-col gap-8">
        {MESSAGE_TYPES.map((type) => {
          const choices = channelChoicesFor(type, settings.hasEmail, Boolean(push));
          const chosen = settings.choices[type];
          return (
            <ChannelChoices
              key={type}
              name={type}
              legend={MESSAGE_TYPE_WORDS[type].name}
              hint={MESSAGE_TYPE_WORDS[type].hint}
              value={chosen && choices.includes(chosen) ? chosen : MESSAGE_TYPE_RULES[type].defaultChannel}
              choices={choices}
              push={push}
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
