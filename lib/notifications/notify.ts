import 'server-only';
import { getNotificationFacts, logNotification } from '@/db/queries/notifications';
import { sendMessage } from '@/lib/messages/send';
import type { MessageTemplateName } from '@/lib/messages/templates';
import { decideSend, localClock, MESSAGE_TYPE_RULES, type MessageType, type NotificationConfig, notificationConfigFrom, type SendDecision } from './rules';
import { makeStopToken, stopLinkSecret } from './stop-token';

/**
 * The one way to send a message to a young person: their choice of text or email, never in quiet hours,
 * never over the daily cap, a stop link in everything they can turn off, and a log line without the words.
 * A held message is not queued: the caller (a job) tries again on its next run.
 */
export async function notifyYoungPerson({
  userId,
  type,
  templates,
  personalisation,
  siteOrigin,
  now,
  config = notificationConfigFrom(),
}: {
  userId: string;
  type: MessageType;
  templates: { sms: MessageTemplateName; email: MessageTemplateName };
  personalisation: Record<string, string>;
  /** This service's address, for the stop link ("https://nextsteps.example.gov.uk"). */
  siteOrigin: string;
  now: Date;
  config?: NotificationConfig;
}): Promise<SendDecision> {
  const facts = await getNotificationFacts({ userId, type, day: localClock(now, config.timeZone).date, timeZone: config.timeZone });
  if (!facts) return { send: false, why: 'no_contact' };
  const decision = decideSend({ type, choice: facts.choice, contact: facts, sentToday: facts.sentToday, now, config });
  if (!decision.send) return decision;
  const template = templates[decision.channel];
  const stopLink: Record<string, string> = MESSAGE_TYPE_RULES[type].isImportant
    ? {}
    : { stop_link: `${siteOrigin}/stop/${makeStopToken({ userId, type }, stopLinkSecret())}` };
  const recipient = decision.channel === 'sms' ? facts.phone : facts.email;
  await sendMessage(template, recipient!, { ...personalisation, ...stopLink });
  await logNotification({ userId, messageType: type, channel: decision.channel, template, at: now });
  return decision;
}

/** This service's public address outside a request (jobs): AUTH_URL, else this machine on PORT. */
export function configuredSiteOrigin(env: Record<string, string | undefined> = process.env): string {
  return env.AUTH_URL ? new URL(env.AUTH_URL).origin : `http://localhost:${env.PORT ?? '3000'}`;
}
