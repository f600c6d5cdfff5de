/**
 * Every text and email the service sends. With GOV.UK Notify configured, each template also exists in
 * Notify with the same ((placeholders)); its ID comes from the environment variable named here.
 */
export const MESSAGE_TEMPLATES = {
  signInCodeSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_SIGN_IN_CODE_SMS',
    body: '((code)) is your Next Steps code. It works for 10 minutes. Do not share it with anyone.',
  },
  signInCodeEmail: {
    channel: 'email',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_SIGN_IN_CODE_EMAIL',
    subject: 'Your Next Steps sign-in code',
    body: 'Your code is ((code)). It works for 10 minutes.\n\nIf you did not ask for this, you can ignore this email.',
  },
  adviserContactRequestEmail: {
    channel: 'email',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_ADVISER_CONTACT_REQUEST_EMAIL',
    subject: 'A young person has asked you to contact them',
    body: '((young_person_name)) has asked you to contact them about ((about)).\n\nTheir message: ((message))\n\nSign in to Next Steps to see their details.',
  },
  applicationSentSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_APPLICATION_SENT_SMS',
    body: 'Next Steps: you sent your application for ((title)) to ((offered_by)). We will text you when they reply.',
  },
  applicationInterviewSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_APPLICATION_INTERVIEW_SMS',
    body: 'Next Steps: ((offered_by)) would like to meet you about ((title)) on ((when)). See Next Steps for details.',
  },
  applicationOfferSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_APPLICATION_OFFER_SMS',
    body: 'Next Steps: good news! ((offered_by)) has offered you a place on ((title)). Sign in to say yes or no.',
  },
  applicationUnsuccessfulSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_APPLICATION_UNSUCCESSFUL_SMS',
    body: 'Next Steps: ((offered_by)) has replied about ((title)). Sign in to read it. Your adviser can help you.',
  },
  freshnessReminderSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_FRESHNESS_REMINDER_SMS',
    body: 'Next Steps: ((count)) of ((owner_name))’s records need checking. Young people stop seeing them after ((hide_days)) days unchecked. Sign in: ((link))',
  },
  freshnessReminderEmail: {
    channel: 'email',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_FRESHNESS_REMINDER_EMAIL',
    subject: 'Please check your information on Next Steps',
    body: '((count)) of ((owner_name))’s records on Next Steps need checking. Young people stop seeing records that nobody has checked for ((hide_days)) days.\n\nSign in to Next Steps, change anything that is wrong, and press "Checked, still correct" on the rest: ((link))',
  },
  newApplicationEmail: {
    channel: 'email',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_NEW_APPLICATION_EMAIL',
    subject: 'A new application on Next Steps',
    body: '((young_person_name)) has applied for ((title)).\n\nSign in to Next Steps to read it and reply.',
  },
  applicationReminderEmail: {
    channel: 'email',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_APPLICATION_REMINDER_EMAIL',
    subject: 'A young person is waiting to hear from you',
    body: '((young_person_name)) applied for ((title)) ((days)) days ago and is waiting to hear from you.\n\nSign in to Next Steps to reply to them.',
  },
  draftReminderSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_DRAFT_REMINDER_SMS',
    body: 'Next Steps: your application for ((title)) is not sent yet. Sign in to finish it when you are ready. Stop these texts: ((stop_link))',
  },
  interviewTomorrowSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_INTERVIEW_TOMORROW_SMS',
    body: 'Next Steps: your interview for ((title)) is tomorrow, ((when)). Good luck! Stop these texts: ((stop_link))',
  },
  offerAwaitingSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_OFFER_AWAITING_SMS',
    body: 'Next Steps: you have an offer for ((title)). Sign in to say yes or no. Stop these texts: ((stop_link))',
  },
  jobAlertSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_JOB_ALERT_SMS',
    body: 'Next Steps: ((count)) for your saved searches. See them: ((link)) Stop these texts: ((stop_link))',
  },
  jobAlertEmail: {
    channel: 'email',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_JOB_ALERT_EMAIL',
    subject: 'New jobs and training for your saved searches',
    body: 'There are ((count)) for your saved searches on Next Steps.\n\nSee them: ((link))\n\nTo stop these emails: ((stop_link))',
  },
  stepDueTomorrowSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_STEP_DUE_TOMORROW_SMS',
    body: 'Next Steps: a step on your plan is due tomorrow: ((step)). See your plan: ((link)) Stop these texts: ((stop_link))',
  },
  stepDueTomorrowEmail: {
    channel: 'email',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_STEP_DUE_TOMORROW_EMAIL',
    subject: 'A step on your plan is due tomorrow',
    body: 'Your plan says: ((step)). It is due tomorrow.\n\nSee your plan: ((link))\n\nTo stop these emails: ((stop_link))',
  },
  kioskLinkSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_KIOSK_LINK_SMS',
    body: 'Here is the page you looked at on Next Steps: ((link))',
  },
  staffAccountEmail: {
    channel: 'email',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_STAFF_ACCOUNT_EMAIL',
    subject: 'You have a Next Steps account',
    body: '((admin_name)) at ((area_name)) council has made you a Next Steps account, as ((role)).\n\nTo sign in, go to ((link)) and ask for a code with this email address. You do not need a password.',
  },
  staffAccountSms: {
    channel: 'sms',
    notifyTemplateEnv: 'NOTIFY_TEMPLATE_STAFF_ACCOUNT_SMS',
    body: 'Next Steps: ((area_name)) council has made you an account. To sign in, go to ((link)) and ask for a code with this number.',
  },
} as const;

export type MessageTemplateName = keyof typeof MESSAGE_TEMPLATES;

export function isMessageTemplateName(value: string): value is MessageTemplateName {
  return Object.hasOwn(MESSAGE_TEMPLATES, value);
}
export type MessageChannel = (typeof MESSAGE_TEMPLATES)[MessageTemplateName]['channel'];

/** Fills ((name)) placeholders the way Notify does. A missing value is an error, not a blank. */
export function renderTemplate(body: string, personalisation: Record<string, string>): string {
  return body.replace(/\(\(([a-z_]+)\)\)/gi, (_match, key: string) => {
    const value = personalisation[key];
    if (value === undefined) throw new Error(`Missing personalisation: ${key}`);
    return value;
  });
}
