'use server';

import { notFound, redirect } from 'next/navigation';
import { getAreaSettings } from '@/db/queries/area-settings';
import { recordFreshnessReminder } from '@/db/queries/freshness';
import { requireLaAdmin } from '@/lib/auth/session';
import { sendFreshnessReminder } from '@/lib/freshness/reminder-email';
import { isRecordId } from '@/lib/manage/changes';
import { siteOrigin } from '@/lib/site-origin';

/** Council admins only: email or text one provider's or employer's staff to check their out-of-date records. */
export async function remindOwnerAction(formData: FormData): Promise<void> {
  const user = await requireLaAdmin('/admin/freshness');
  const kind = formData.get('kind');
  const ownerId = formData.get('ownerId');
  if ((kind !== 'provider' && kind !== 'employer') || !isRecordId(ownerId)) notFound();
  const rules = (await getAreaSettings({ laId: user.laId })).freshness;
  // Back to the same list and page the admin pressed it on.
  const show = formData.get('show') === 'overdue' ? '&show=overdue' : '';
  const page = String(formData.get('page') ?? '');
  const back = `${show}${/^\d{1,4}$/.test(page) && page !== '1' ? `&page=${page}` : ''}`;
  const result = await recordFreshnessReminder({ actorId: user.id, kind, ownerId, now: new Date(), rules });
  if (!result) notFound();
  if ('refused' in result) redirect(`/admin/freshness?owner=${ownerId}&refused=${result.refused}${back}`);
  const people = await sendFreshnessReminder({ reminder: result.sent, hideAfterDays: rules.hideAfterDays, siteOrigin: await siteOrigin() });
  redirect(`/admin/freshness?owner=${ownerId}&reminded=${people}${back}`);
}
