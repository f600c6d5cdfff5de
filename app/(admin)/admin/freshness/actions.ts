'use server';

import { notFound, redirect } from 'next/navigation';
import { getAreaSettings } from '@/db/queries/area-settings';
import { recordFreshnessReminder } from '@/db/queries/freshness';
import { requireLaAdmin } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';
import { sendMessage } from '@/lib/messages/send';
import { siteOrigin } from '@/lib/site-origin';

/** Council admins only: email one provider's or employer's staff to check their out-of-date records. */
export async function remindOwnerAction(formData: FormData): Promise<void> {
  const user = await requireLaAdmin('/admin/freshness');
  const kind = formData.get('kind');
  const ownerId = formData.get('ownerId');
  if ((kind !== 'provider' && kind !== 'employer') || !isRecordId(ownerId)) notFound();
  const rules = (await getAreaSettings({ laId: user.laId })).freshness;
  const result = await recordFreshnessReminder({ actorId: user.id, kind, ownerId, now: new Date(), rules });
  if (!result) notFound();
  if ('refused' in result) redirect(`/admin/freshness?owner=${ownerId}&refused=${result.refused}`);
  const link = `${await siteOrigin()}/sign-in/email`;
  for (const email of result.sent.emails) {
    await sendMessage('freshnessReminderEmail', email, {
      count: String(result.sent.outOfDate),
      owner_name: result.sent.ownerName,
      hide_days: String(rules.hideAfterDays),
      link,
    });
  }
  redirect(`/admin/freshness?owner=${ownerId}&reminded=${result.sent.emails.length}`);
}
