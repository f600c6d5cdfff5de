/**
 * Who gets which message, how and when: one pure rule for every message sent to a young person
 * (lib/notifications/notify.ts gathers the facts and sends). No database here.
 */

export const MESSAGE_TYPES = ['application_updates', 'reminders', 'job_alerts'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const CHANNEL_CHOICES = ['sms', 'email', 'push', 'none'] as const;
export type ChannelChoice = (typeof CHANNEL_CHOICES)[number];

/**
 * Important messages (a reply to an application) cannot be turned off, only moved to email. Texts are the
 * default for everything: young people read texts; most do not read email.
 */
export const MESSAGE_TYPE_RULES: Record<MessageType, { isImportant: boolean; defaultChannel: ChannelChoice }> = {
  application_updates: { isImportant: true, defaultChannel: 'sms' },
  reminders: { isImportant: false, defaultChannel: 'sms' },
  job_alerts: { isImportant: false, defaultChannel: 'sms' },
};

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && (MESSAGE_TYPES as readonly string[]).includes(value);
}

/**
 * The choices a person may make for one kind of message. Push only where the service can send it (VAPID keys,
 * or the local outbox outside a live service) and not on a shared kiosk; whether this browser can is for the
 * page to find out.
 */
export function channelChoicesFor(type: MessageType, hasEmail: boolean, canPush = false): ChannelChoice[] {
  return CHANNEL_CHOICES.filter(
    (choice) => (choice !== 'email' || hasEmail) && (choice !== 'push' || canPush) && (choice !== 'none' || !MESSAGE_TYPE_RULES[type].isImportant),
  );
}

export type NotificationConfig = {
  /** Minutes after midnight (London) when quiet hours start and end, e.g. 21:00 → 1260, 08:00 → 480. */
  quietFrom: number;
  quietTo: number;
  /** At most this many messages a day (London) to one person, from every kind together. */
  dailyCap: number;
  timeZone: string;
};

export const DEFAULT_NOTIFICATION_CONFIG: NotificationConfig = {
  quietFrom: 21 * 60,
  quietTo: 8 * 60,
  dailyCap: 3,
  timeZone: 'Europe/London',
};

/** "21:00" → 1260; anything else → null. */
export function parseClockTime(value: string | undefined): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value?.trim() ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** QUIET_HOURS ("21:00-08:00") and MESSAGE_DAILY_CAP from the environment, else the defaults. */
export function notificationConfigFrom(env: Record<string, string | undefined> = process.env): NotificationConfig {
  const [from, to] = (env.QUIET_HOURS ?? '').split('-');
  const quietFrom = parseClockTime(from);
  const quietTo = parseClockTime(to);
  const cap = Number(env.MESSAGE_DAILY_CAP);
  return {
    ...DEFAULT_NOTIFICATION_CONFIG,
    ...(quietFrom !== null && quietTo !== null ? { quietFrom, quietTo } : {}),
    ...(Number.isInteger(cap) && cap >= 1 ? { dailyCap: cap } : {}),
  };
}

/** The wall-clock date ("2026-12-02") and minutes after midnight in a time zone. */
export function localClock(now: Date, timeZone: string): { date: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** A council's own alert limits, as saved on /admin/settings (decision 033). */
export type AreaAlertLimits = { quietFrom: number; quietTo: number; dailyCap: number };

/**
 * The limits for someone in an area: their council's saved quiet hours and daily cap over the sender's own
 * (the deployment's). Jobs decide quiet hours with this per person, never with the deployment's alone, so a
 * council with shorter quiet hours is not made to wait for the deployment's, nor one with longer ones woken.
 */
export function limitsForArea(config: NotificationConfig, areaAlerts: AreaAlertLimits | null | undefined): NotificationConfig {
  return areaAlerts ? { ...config, ...areaAlerts } : config;
}

/** Whether now is inside quiet hours. Quiet hours may run over midnight (21:00–08:00) or not (13:00–14:00). */
export function isQuietTime(now: Date, config: NotificationConfig): boolean {
  const { minutes } = localClock(now, config.timeZone);
  const { quietFrom, quietTo } = config;
  if (quietFrom === quietTo) return false;
  return quietFrom < quietTo ? minutes >= quietFrom && minutes < quietTo : minutes >= quietFrom || minutes < quietTo;
}

/**
 * The instant it is a given clock time on the local date `daysAhead` days after now's local date, e.g. 08:00
 * in London the day after tomorrow. For jobs and tests that need a run at a known local time.
 */
export function atLocalTime(now: Date, clock: string, timeZone: string, daysAhead = 0): Date {
  const minutes = parseClockTime(clock);
  if (minutes === null) throw new Error(`Not a clock time: ${clock}`);
  const { date } = localClock(now, timeZone);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Guess the instant as if the zone were UTC, then correct by the zone's offset at that instant (twice, for
  // the day the clocks change).
  let guess = Date.UTC(year, month - 1, day + daysAhead, Math.floor(minutes / 60), minutes % 60);
  for (let i = 0; i < 2; i += 1) {
    const seen = localClock(new Date(guess), timeZone);
    const [y, m, d] = seen.date.split('-').map(Number) as [number, number, number];
    const seenUtc = Date.UTC(y, m - 1, d, Math.floor(seen.minutes / 60), seen.minutes % 60);
    guess -= seenUtc - Date.UTC(year, month - 1, day + daysAhead, Math.floor(minutes / 60), minutes % 60);
  }
  return new Date(guess);
}

/** How many browsers the person has turned push on in (0 when none, or the caller does not know). */
export type Contact = { phone: string | null; email: string | null; pushDevices?: number };

export type SendChannel = 'sms' | 'email' | 'push';

/**
 * Which way to reach someone: their choice when we can, else a text, else an email. Null when they said
 * "none" (only allowed for messages that are not important) or we have no way to reach them.
 *
 * Push (decision 029): when they chose it but no browser of theirs has it on any more (they turned it off,
 * signed out, or the push service said the subscription is gone), important news still comes, by text (else
 * email); anything else waits until they turn push on again or choose another way, because they chose not to
 * get texts about it. The contact page tells them so.
 */
export function chooseChannel(type: MessageType, choice: ChannelChoice | null, contact: Contact): SendChannel | null {
  const wanted = choice ?? MESSAGE_TYPE_RULES[type].defaultChannel;
  if (wanted === 'none') return MESSAGE_TYPE_RULES[type].isImportant ? chooseChannel(type, 'sms', contact) : null;
  if (wanted === 'push') {
    if ((contact.pushDevices ?? 0) > 0) return 'push';
    return MESSAGE_TYPE_RULES[type].isImportant ? chooseChannel(type, 'sms', contact) : null;
  }
  if (wanted === 'email' && contact.email) return 'email';
  if (contact.phone) return 'sms';
  return contact.email ? 'email' : null;
}

/**
 * After a push reached none of the person's browsers because every subscription was gone (404/410, now
 * deleted): the way to send this same message instead, or null. Important news falls back at once to a text
 * (else email); anything else is not sent, the same rule chooseChannel applies from now on.
 */
export function fallbackAfterPushGone(type: MessageType, contact: Contact): 'sms' | 'email' | null {
  if (!MESSAGE_TYPE_RULES[type].isImportant) return null;
  const channel = chooseChannel(type, 'sms', { ...contact, pushDevices: 0 });
  return channel === 'push' ? null : channel;
}

export type SendDecision =
  | { send: true; channel: SendChannel }
  | { send: false; why: 'quiet_hours' | 'daily_cap' | 'turned_off' | 'no_contact' | 'no_push_device' };

/**
 * Whether to send one message now. Not at night, not over the day's cap, only the way the person chose.
 * A held message is not queued here: the job that wanted to send it tries again on its next run.
 */
export function decideSend({
  type,
  choice,
  contact,
  sentToday,
  now,
  config,
}: {
  type: MessageType;
  choice: ChannelChoice | null;
  contact: Contact;
  sentToday: number;
  now: Date;
  config: NotificationConfig;
}): SendDecision {
  const channel = chooseChannel(type, choice, contact);
  if (!channel) return { send: false, why: choice === 'none' ? 'turned_off' : choice === 'push' ? 'no_push_device' : 'no_contact' };
  if (isQuietTime(now, config)) return { send: false, why: 'quiet_hours' };
  if (sentToday >= config.dailyCap) return { send: false, why: 'daily_cap' };
  return { send: true, channel };
}

/**
 * Whether a message that was not sent should wait and go later (decision 022): only when the hour or the
 * day's cap stopped it, never when the person turned it off or cannot be reached.
 */
export function isHeldBack(decision: SendDecision): boolean {
  return !decision.send && (decision.why === 'quiet_hours' || decision.why === 'daily_cap');
}
