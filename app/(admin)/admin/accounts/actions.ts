'use server';

import { notFound, redirect } from 'next/navigation';
import { getAccountSummary } from '@/db/queries/people';
import { changeStaffRole, createStaffAccount, setStaffActive } from '@/db/queries/staff-accounts';
import { requireLaAdmin } from '@/lib/auth/session';
import { sendMessage } from '@/lib/messages/send';
import { siteOrigin } from '@/lib/site-origin';
import { formValues, parseForm, type FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import {
  CENTRE_MESSAGE,
  NEW_STAFF_ACCOUNT_FIELDS,
  newStaffAccountSchema,
  STAFF_ROLE_FIELDS,
  STAFF_ROLE_WORDS,
  staffRoleSchema,
  type NewStaffAccountInput,
} from '@/lib/manage/staff-accounts';

/**
 * Tells the new person they have an account and how to sign in: by email when there is one, else by text.
 * The account is already made, so a message that cannot go out is logged, not shown as a failure.
 */
async function sendAccountMessage(actorId: string, input: NewStaffAccountInput): Promise<void> {
  try {
    const admin = await getAccountSummary({ actorId });
    const area_name = admin?.areaName ?? 'Your';
    const link = `${await siteOrigin()}${input.email ? '/sign-in/email' : '/sign-in'}`;
    if (input.email) {
      const role = STAFF_ROLE_WORDS[input.role].toLowerCase();
      await sendMessage('staffAccountEmail', input.email, { admin_name: admin?.name ?? 'Someone', area_name, role, link });
    } else if (input.phone) {
      await sendMessage('staffAccountSms', input.phone, { area_name, link });
    }
  } catch (error) {
    console.error('Could not send the new account message', error);
  }
}

/** Council admins only: a new staff account in their area. They sign in with the usual code; no password. */
export async function createStaffAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireLaAdmin('/admin/accounts/new');
  const parsed = parseForm(newStaffAccountSchema, formData, NEW_STAFF_ACCOUNT_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await createStaffAccount({ actorId: user.id, input: parsed.data });
  if (!result) notFound();
  const values = formValues(formData, NEW_STAFF_ACCOUNT_FIELDS);
  if (result === 'email-taken') {
    return { fieldErrors: { email: 'Someone already has an account with this email address. Find them in the list, or use another address.' }, values };
  }
  if (result === 'phone-taken') {
    return { fieldErrors: { phone: 'Someone already has an account with this mobile number. Find them in the list, or use another number.' }, values };
  }
  if (result === 'no-organisation') {
    const field = parsed.data.role === 'employer_staff' ? 'employerId' : 'providerId';
    return { fieldErrors: { [field]: 'Choose a provider or employer in your area' }, values };
  }
  if (result === 'no-centre') return { fieldErrors: { centreId: CENTRE_MESSAGE }, values };
  await sendAccountMessage(user.id, parsed.data);
  redirect(`/admin/accounts?changed=${result.id}&what=added`);
}

/** Council admins only: another role, or another provider, employer or centre, for a staff account in their area. */
export async function changeStaffRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const userId = formData.get('userId');
  const user = await requireLaAdmin(isRecordId(userId) ? `/admin/accounts/${userId}` : '/admin/accounts');
  if (!isRecordId(userId)) notFound();
  const parsed = parseForm(staffRoleSchema, formData, STAFF_ROLE_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await changeStaffRole({ actorId: user.id, userId, input: parsed.data });
  if (!result) notFound();
  if ('problem' in result) return { formError: result.problem, values: formValues(formData, STAFF_ROLE_FIELDS) };
  redirect(`/admin/accounts?changed=${userId}&what=role`);
}

/** Council admins only: turn a staff account in their area off (signing it out everywhere) or back on. */
export async function setStaffActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const userId = formData.get('userId');
  const user = await requireLaAdmin(isRecordId(userId) ? `/admin/accounts/${userId}` : '/admin/accounts');
  if (!isRecordId(userId)) notFound();
  const isActive = formData.get('active') === 'yes';
  const result = await setStaffActive({ actorId: user.id, userId, isActive });
  if (!result) notFound();
  if ('problem' in result) return { formError: result.problem };
  redirect(`/admin/accounts?changed=${userId}&what=${isActive ? 'on' : 'off'}`);
}
