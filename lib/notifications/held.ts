import 'server-only';
import { findHeldMessages, takeHeldMessage } from '@/db/queries/notifications';
import { isMessageTemplateName } from '@/lib/messages/templates';
import { notifyYoungPerson } from './notify';
import { isHeldBack, type NotificationConfig, notificationConfigFrom } from './rules';

/**
 * One run of the held-messages job (decision 022): every message kept back by quiet hours or the daily cap
 * goes now if the same rules allow it; the rest wait for the next run. Quiet hours are decided per message by
 * notifyYoungPerson, with the young person's council's own (decision 033): there is no early stop on the
 * deployment's quiet hours, which would hold back a council whose quiet hours are shorter. Each message is taken (its row
 * deleted) just before it is sent, so two servers running the job at once never both send it.
 */
export async function sendHeldMessages({
  now,
  siteOrigin,
  config = notificationConfigFrom(),
}: {
  now: Date;
  siteOrigin: string;
  config?: NotificationConfig;
}): Promise<{ sent: number; waiting: number; failed: number }> {
  let sent = 0;
  let waiting = 0;
  let failed = 0;
  for (const message of await findHeldMessages()) {
    const sms = message.smsTemplate;
    const email = message.emailTemplate;
    if (!isMessageTemplateName(sms) || (email !== null && !isMessageTemplateName(email))) {
      // A template renamed since it was kept: nothing sensible to send.
      await takeHeldMessage({ id: message.id });
      failed += 1;
      continue;
    }
    try {
      const decision = await notifyYoungPerson({
        userId: message.userId,
        type: message.messageType,
        templates: { sms, ...(email ? { email } : {}) },
        personalisation: message.personalisation,
        phone: message.phone,
        siteOrigin,
        now,
        config,
        claim: () => takeHeldMessage({ id: message.id }),
      });
      if (decision.send) sent += 1;
      else if (isHeldBack(decision)) waiting += 1;
      // Turned off, or no way to reach them any more: it will never go.
      else await takeHeldMessage({ id: message.id });
    } catch (error) {
      console.error(`Held message ${message.id} was not sent`, error);
      failed += 1;
    }
  }
  return { sent, waiting, failed };
}
