'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getAreaSettings } from '@/db/queries/area-settings';
import { agreeToGrant } from '@/db/queries/parent-carers';
import { requireRole } from '@/lib/auth/session';

const agreeSchema = z.object({ grant: z.string().uuid(), person: z.string().uuid() });

/** Parents and carers only: says yes to one thing the young person under the consent age let someone see. */
export async function agreeToGrantAction(formData: FormData): Promise<void> {
  const user = await requireRole('parent_carer', '/family');
  const parsed = agreeSchema.safeParse({ grant: formData.get('grant'), person: formData.get('person') });
  if (!parsed.success) notFound();
  const isAgreed = await agreeToGrant({ actorId: user.id, grantId: parsed.data.grant, now: new Date(), config: (await getAreaSettings({ laId: user.laId })).privacy });
  if (!isAgreed) notFound();
  redirect(`/family/${parsed.data.person}?agreed=1`);
}
