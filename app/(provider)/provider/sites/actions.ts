'use server';

import { notFound, redirect } from 'next/navigation';
import { addOwnSite, removeOwnSite, type SiteSaveResult, updateOwnSite } from '@/db/queries/provider-sites';
import { requireProviderStaff } from '@/lib/auth/session';
import { formValues, parseForm, type FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import { SITE_FIELDS, siteSchema, UNKNOWN_SITE_POSTCODE_MESSAGE } from '@/lib/manage/provider-schemas';

function siteIdFrom(formData: FormData): string {
  const siteId = formData.get('siteId');
  if (!isRecordId(siteId)) notFound();
  return siteId;
}

/** What to show again when the postcode is a real one that is not on our map. */
function unknownPostcode(result: SiteSaveResult, formData: FormData): FormState | null {
  if (result && 'problem' in result) return { fieldErrors: { postcode: UNKNOWN_SITE_POSTCODE_MESSAGE }, values: formValues(formData, SITE_FIELDS) };
  return null;
}

/** Provider staff only: add a site for their provider. Logged. */
export async function addSiteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/sites');
  const parsed = parseForm(siteSchema, formData, SITE_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await addOwnSite({ actorId: user.id, input: parsed.data });
  if (!result) notFound();
  const problem = unknownPostcode(result, formData);
  if (problem) return problem;
  redirect('/provider/sites?saved=added');
}

/** Provider staff only: change one of their provider's sites. Logged. */
export async function updateSiteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/sites');
  const siteId = siteIdFrom(formData);
  const parsed = parseForm(siteSchema, formData, SITE_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await updateOwnSite({ actorId: user.id, siteId, input: parsed.data });
  if (!result) notFound();
  const problem = unknownPostcode(result, formData);
  if (problem) return problem;
  redirect(`/provider/sites/${siteId}?saved=changed`);
}

/** Provider staff only: remove one of their provider's sites, unless a course starts there. Logged. */
export async function removeSiteAction(formData: FormData): Promise<void> {
  const user = await requireProviderStaff('/provider/sites');
  const siteId = siteIdFrom(formData);
  const result = await removeOwnSite({ actorId: user.id, siteId });
  if (!result) notFound();
  if ('problem' in result) redirect(`/provider/sites/${siteId}?problem=in-use`);
  redirect('/provider/sites?saved=removed');
}
