import 'server-only';
import { getNotificationFacts, holdMessage, logNotification } from '@/db/queries/notifications';
import { sendMessage } from '@/lib/messages/send';
import type { MessageTemplateName } from '@/lib/messages/templates';
import { currentPushConfig, pushToYoungPerson } from './push';
import { pushMessageFor } from './push-words';
import {
  decideSend,
  fallbackAfterPushGone,
  isHeldBack,
  limitsForArea,
  localClock,
  MESSAGE_TYPE_RULES,
  type MessageType,
  type NotificationConfig,
  notificationConfigFrom,
  type SendDecision,
} from './rules';
import { makeStopToken, stopLinkSecret } from './stop-token';

/** How long a push service keeps a push for a phone that is off: a day, like a text waiting on the network. */
const PUSH_TTL_SECONDS = 24 * 60 * 60;

/**
 * The one way to send a message to a young person: their choice of text, email or push, never in quiet hours,
 * never over the daily cap, a stop link in everything they can turn off, and a log line without the words.
 * Sign-in codes and the text confirming what the person has just done are the only messages sent without it.
 *
 * A message stopped by quiet hours or the cap is kept (`hold`) and sent by the held-messages job later
 * (decision 022); without `hold` the caller (a job) tries again on its next run.
 */
export async function notifyYoungPerson({
  userId,
  type,
  templates,
  personalisation,
  phone,
  siteOrigin,
  now,
  hold = false,
  claim,
  config = notificationConfigFrom(),
}: {
  userId: string;
  type: MessageType;
  /** No email template: the person gets the text even if they chose email. */
  templates: { sms: MessageTemplateName; email?: MessageTemplateName };
  personalisation: Record<string, string>;
  /** Text this number instead of the account's (the phone given on an application). */
  phone?: string | null;
  /** This service's address, for the stop link ("https://nextsteps.example.gov.uk"). */
  siteOrigin: string;
  now: Date;
  /** Keep it to send later when quiet hours or the daily cap stop it now. */
  hold?: boolean;
  /** Called just before sending; false means another server has it (the held-messages job). */
  claim?: () => Promise<boolean>;
  config?: NotificationConfig;
}): Promise<SendDecision> {
  const facts = await getNotificationFacts({ userId, type, day: localClock(now, config.timeZone).date, timeZone: config.timeZone });
  if (!facts) return { send: false, why: 'no_contact' };
  // Push needs the service set up for it (decision 029); without that, a push choice acts as if no browser had it on.
  const pushDevices = facts.pushDevices > 0 && currentPushConfig() ? facts.pushDevices : 0;
  const contact = { phone: phone ?? facts.phone, email: templates.email ? facts.email : null, pushDevices };
  // The young person's council may have set its own quiet hours and daily cap (/admin/settings, decision 033).
  const limits = limitsForArea(config, facts.areaAlerts);
  const decision = decideSend({ type, choice: facts.choice, contact, sentToday: facts.sentToday, now, config: limits });
  if (!decision.send) {
    if (hold && isHeldBack(decision)) {
      await holdMessage({
        userId,
        messageType: type,
        smsTemplate: templates.sms,
        emailTemplate: templates.email ?? null,
        phone: phone ?? null,
        personalisation,
        at: now,
      });
    }
    return decision;
  }
  if (claim && !(await claim())) return { send: false, why: 'no_contact' };
  let channel = decision.channel;
  if (channel === 'push') {
    const pushed = await pushToYoungPerson({
      userId,
      message: pushMessageFor({ type, template: templates.sms, personalisation, siteOrigin }),
      ttlSeconds: PUSH_TTL_SECONDS,
    });
    if (pushed.delivered > 0) {
      await logNotification({ userId, messageType: type, channel: 'push', template: templates.sms, at: now });
      return decision;
    }
    // A push service that is down: the caller counts it failed and its job tries again, as when Notify fails.
    if (pushed.failed > 0) throw new Error('No push service took the message.');
    // Every browser's subscription was gone (now deleted): important news goes by text instead, the rest waits.
    const fallback = fallbackAfterPushGone(type, contact);
    if (!fallback) return { send: false, why: 'no_push_device' };
    channel = fallback;
  }
  const template = channel === 'sms' ? templates.sms : (templates.email as MessageTemplateName);
  const stopLink: Record<string, string> = MESSAGE_TYPE_RULES[type].isImportant
    ? {}
    : { stop_link: `${siteOrigin}/stop/${makeStopToken({ userId, type }, stopLinkSecret())}` };
  const recipient = channel === 'sms' ? contact.phone : contact.email;
  await sendMessage(template, recipient!, { ...personalisation, ...stopLink });
  await logNotification({ userId, messageType: type, channel, template, at: now });
  return { send: true, channel };
}

/** This service's public address outside a request (jobs): AUTH_URL, else this machine on PORT. */
export function configuredSiteOrigin(env: Record<string, string | undefined> = process.env): string {
  return env.AUTH_URL ? new URL(env.AUTH_URL).origin : `http://localhost:${env.PORT ?? '3000'}`;
}
