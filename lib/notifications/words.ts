import type { ChannelChoice, MessageType } from './rules';

/** The kinds of message, in the young person's words. */
export const MESSAGE_TYPE_WORDS: Record<MessageType, { name: string; hint: string }> = {
  application_updates: { name: 'News about your applications', hint: 'When someone replies to you. You will always get these.' },
  reminders: { name: 'Reminders', hint: 'An application you have not sent yet, or an interview tomorrow.' },
  job_alerts: { name: 'New jobs for your saved searches', hint: 'One message a day at most, only when there is something new.' },
};

export const CHANNEL_WORDS: Record<ChannelChoice, { label: string; imagePath: string }> = {
  sms: { label: 'Text message', imagePath: '/images/contact/text.svg' },
  email: { label: 'Email', imagePath: '/images/contact/email.svg' },
  push: { label: 'Notification on this phone', imagePath: '/images/contact/push.svg' },
  none: { label: 'Do not send these', imagePath: '/images/contact/none.svg' },
};

/** "1 new match", "3 new matches": the count in a job alert. */
export function describeNewMatches(count: number): string {
  return `${count} new ${count === 1 ? 'match' : 'matches'}`;
}
