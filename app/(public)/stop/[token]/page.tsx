import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { readStopToken, stopLinkSecret } from '@/lib/notifications/stop-token';
import { MESSAGE_TYPE_WORDS } from '@/lib/notifications/words';
import { stopMessagesAction } from './actions';

export const metadata: Metadata = { title: 'Stop these messages', robots: { index: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ stopped?: string }> };

/**
 * Where the stop link in a text leads. It works without signing in. Opening the link changes nothing: phones
 * open links to show a preview, so stopping takes one press of the button.
 */
export default async function StopPage({ params, searchParams }: Props) {
  const [{ token }, { stopped }] = await Promise.all([params, searchParams]);
  const stop = readStopToken(token, stopLinkSecret());
  if (!stop) notFound();
  const what = MESSAGE_TYPE_WORDS[stop.type].name.toLowerCase();

  if (stopped) {
    return (
      <div className="flex max-w-3xl flex-col gap-6">
        <h1 className="text-3xl font-bold">We have stopped these messages</h1>
        <div role="status" className="border-l-8 border-success bg-paper p-4">
          <p>We will not send you any more messages about {what}.</p>
        </div>
        <p>
          Changed your mind? <Link href="/my/contact">Sign in and choose how we contact you</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Picture src="/images/contact/none.svg" alt="" width={96} height={96} className="size-24" />
      <h1 className="text-3xl font-bold">Stop these messages</h1>
      <p>Press the button and we will stop sending you messages about {what}.</p>
      <form action={stopMessagesAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClasses('primary', 'cursor-pointer')}>
          Stop these messages
        </button>
      </form>
      <p>You can turn them on again at any time on your page.</p>
    </div>
  );
}
