import type { MessageTemplateName } from '@/lib/messages/templates';
import { pathOnSite, type PushMessage } from './push-config';
import type { MessageType } from './rules';

/**
 * What a push says in place of a text (decision 029). A notification can show on a locked phone, so it names
 * no course, employer or step: just what kind of news it is and where to tap. Counts are not personal.
 */
const PUSH_WORDS: Partial<Record<MessageTemplateName, { body: string; path: string }>> = {
  applicationSentSms: { body: 'Your application is sent. We will tell you when they reply.', path: '/applications' },
  applicationInterviewSms: { body: 'Someone would like to meet you about your application. Tap to see when.', path: '/applications' },
  applicationOfferSms: { body: 'Good news! You have an offer. Tap to say yes or no.', path: '/applications' },
  applicationUnsuccessfulSms: { body: 'You have a reply about your application. Tap to read it.', path: '/applications' },
  draftReminderSms: { body: 'Your application is not sent yet. Tap to finish it.', path: '/applications' },
  interviewTomorrowSms: { body: 'Your interview is tomorrow. Good luck! Tap to see the details.', path: '/applications' },
  offerAwaitingSms: { body: 'You have an offer waiting. Tap to say yes or no.', path: '/applications' },
  jobAlertSms: { body: 'There are ((count)) for your saved searches.', path: '/my/searches' },
  stepDueTomorrowSms: { body: 'A step on your plan is due tomorrow.', path: '/my/plan' },
};

const WORDS_FOR_TYPE: Record<MessageType, { body: string; path: string }> = {
  application_updates: { body: 'You have news about an application. Tap to see it.', path: '/applications' },
  reminders: { body: 'You have a reminder from Next Steps. Tap to see it.', path: '/my' },
  job_alerts: { body: 'There are new jobs for your saved searches.', path: '/my/searches' },
};

/**
 * The push for a message whose text template is `template`. Opens the message's own link when it is on this
 * site (a job alert's searches, a plan step), else the page for that kind of news.
 */
export function pushMessageFor({
  type,
  template,
  personalisation,
  siteOrigin,
}: {
  type: MessageType;
  template: MessageTemplateName;
  personalisation: Record<string, string>;
  siteOrigin: string;
}): PushMessage {
  const words = PUSH_WORDS[template] ?? WORDS_FOR_TYPE[type];
  // Only placeholders that are not personal are filled in; anything else falls back to the kind's words.
  const body = words.body.replace(/\(\(count\)\)/g, () => personalisation.count ?? 'new matches');
  return { title: 'Next Steps', body, path: pathOnSite(personalisation.link, siteOrigin, words.path) };
}

/** The alert an adviser on duty gets when someone at a kiosk at their centre presses "Ask someone here". */
export function kioskHelpPush(kioskLabel: string, centreName: string): PushMessage {
  return { title: 'Next Steps: kiosk help', body: `Someone at ${kioskLabel} in ${centreName} wants help.`, path: '/adviser' };
}
