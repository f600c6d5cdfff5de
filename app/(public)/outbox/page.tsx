import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { findLatestOutboxMessages } from '@/db/queries/messages';
import { serviceEnvironment } from '@/lib/site';

export const metadata: Metadata = { title: 'Message outbox (demo)', robots: { index: false } };

const OUTBOX_CHANNEL_NAME: Record<string, string> = { sms: 'Text', email: 'Email', push: 'Push notification' };

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/London' });

/**
 * Without GOV.UK Notify, texts and emails land here (and push notifications without VAPID keys) instead of on a phone, so the demo and the tests can
 * read sign-in codes. Never shown in a live service.
 */
export default async function OutboxPage() {
  await connection();
  if (serviceEnvironment() === 'live') notFound();
  const messages = await findLatestOutboxMessages();

  return (
    <div>
      <h1 className="text-3xl font-bold">Message outbox</h1>
      <p className="mt-4 max-w-prose">
        This demo does not send real texts, emails or push notifications. They appear here instead, newest first.
      </p>
      {messages.length === 0 ? (
        <p className="mt-6">No messages yet.</p>
      ) : (
        <ol className="mt-6 flex flex-col gap-4" aria-label="Messages">
          {messages.map((message) => (
            <li key={message.id} className="border-l-4 border-brand bg-paper p-4">
              <p className="font-bold">
                {OUTBOX_CHANNEL_NAME[message.channel] ?? 'Message'} to {message.recipient}
              </p>
              <p className="mt-1 whitespace-pre-line">{message.body}</p>
              <p className="mt-1 text-base text-muted">
                <time dateTime={message.createdAt.toISOString()}>{timeFormat.format(message.createdAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
