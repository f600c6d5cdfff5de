'use server';

import { redirect } from 'next/navigation';
import { createYoungPersonAccount, findLocalAuthorityChoices, getVerifiedNewPhone } from '@/db/queries/sign-in';
import { type FormState, parseForm } from '@/lib/forms/form-state';
import { clearPendingCode, finishCodeSignIn, getPendingCodeId, startCodeSignIn, startSession } from '@/lib/auth/sign-in';
import { ROLE_HOME, safeNextPath } from '@/lib/auth/roles';
import { AREA_MESSAGE, codeSchema, emailSignInSchema, newAccountSchema, phoneSignInSchema } from '@/lib/sign-in/schemas';

// Anyone may call these (signing in is how you become someone); each parses its input, checks limits in
// lib/auth/sign-in.ts, writes, then redirects or returns the form state to show.

export async function requestPhoneCode(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(phoneSignInSchema, formData, ['phone']);
  if (parsed.state) return parsed.state;
  const state = await startCodeSignIn({
    channel: 'sms',
    destination: parsed.data.phone,
    next: safeNextPath(formData.get('next')),
  });
  return { ...state, values: { phone: String(formData.get('phone') ?? '') } };
}

export async function requestEmailCode(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(emailSignInSchema, formData, ['email']);
  if (parsed.state) return parsed.state;
  const state = await startCodeSignIn({
    channel: 'email',
    destination: parsed.data.email,
    next: safeNextPath(formData.get('next')),
  });
  return { ...state, values: { email: parsed.data.email } };
}

export async function checkCode(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(codeSchema, formData, ['code']);
  if (parsed.state) return parsed.state;
  return finishCodeSignIn({ code: parsed.data.code, next: safeNextPath(formData.get('next')) });
}

export async function createAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const codeId = await getPendingCodeId();
  const phone = codeId ? await getVerifiedNewPhone({ codeId }) : null;
  if (!phone) redirect('/sign-in');

  const parsed = parseForm(newAccountSchema, formData, ['firstName', 'laSlug']);
  if (parsed.state) return parsed.state;
  const areas = await findLocalAuthorityChoices();
  if (!areas.some((area) => area.slug === parsed.data.laSlug)) {
    return { fieldErrors: { laSlug: AREA_MESSAGE }, values: { firstName: parsed.data.firstName } };
  }

  const userId = await createYoungPersonAccount({ phone, ...parsed.data });
  if (!userId) return { formError: 'Something went wrong. Try signing in again.' };
  await startSession(userId, 'young_person');
  await clearPendingCode();
  redirect(safeNextPath(formData.get('next')) ?? ROLE_HOME.young_person);
}
