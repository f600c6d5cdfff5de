import 'server-only';
import { NotifyClient } from 'notifications-node-client';
import { createOutboxMessage } from '@/db/queries/messages';
import { serviceEnvironment } from '@/lib/site';
import { MESSAGE_TEMPLATES, type MessageTemplateName, renderTemplate } from './templates';

/**
 * Sends a text or email. With NOTIFY_API_KEY set it goes through GOV.UK Notify and only a redacted copy is
 * kept; without it the message is written, whole, to the local outbox that demo and test pages can read.
 * A live service refuses to run without Notify, so nobody's code sits in a table unread.
 */
export async function sendMessage(
  templateName: MessageTemplateName,
  recipient: string,
  personalisation: Record<string, string>,
  options: { isRecipientKept?: boolean } = {},
): Promise<void> {
  // A number typed once at a kiosk is not kept: Notify's copy is enough, ours says only that a text went.
  const keptRecipient = options.isRecipientKept === false ? '[not kept]' : recipient;
  const template = MESSAGE_TEMPLATES[templateName];
  const body = renderTemplate(template.body, personalisation);
  const apiKey = process.env.NOTIFY_API_KEY;

  if (!apiKey) {
    if (serviceEnvironment() === 'live') throw new Error('NOTIFY_API_KEY must be set in a live service.');
    await createOutboxMessage({ channel: template.channel, recipient, template: templateName, personalisation, body, notifyId: null });
    return;
  }

  const templateId = process.env[template.notifyTemplateEnv];
  if (!templateId) throw new Error(`${template.notifyTemplateEnv} must be set to the Notify template ID.`);
  const client = new NotifyClient(apiKey);
  const response =
    template.channel === 'sms'
      ? await client.sendSms(templateId, recipient, { personalisation })
      : await client.sendEmail(templateId, recipient, { personalisation });
  const redacted = Object.fromEntries(Object.keys(personalisation).map((key) => [key, '[sent]']));
  await createOutboxMessage({
    channel: template.channel,
    recipient: keptRecipient,
    template: templateName,
    personalisation: redacted,
    body: renderTemplate(template.body, redacted),
    notifyId: response.data.id,
  });
}
