'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { getMediaAsset } from '@/db/queries/media';
import {
  createPortfolioItem,
  createShareLink,
  deletePortfolioItem,
  findSkills,
  getPortfolioItem,
  mergeOfflineCvItem,
  revokeShareLink,
  settleCvOtherVersion,
  setPortfolioItemVisibility,
  updatePortfolioItem,
  type PortfolioItemFields,
} from '@/db/queries/portfolio';
import { requireYoungPerson } from '@/lib/auth/session';
import { parseOfflineCvEdits } from '@/lib/cv/offline-edits';
import { portfolioItemFormValues, portfolioItemSchema, PORTFOLIO_ITEM_FIELDS, type PortfolioItemInput } from '@/lib/cv/schemas';
import { sectionInfo } from '@/lib/cv/sections';
import { SHARE_LINK_CHOICES_DAYS, SHARE_LINK_DEFAULT_DAYS, shareLinkExpiry } from '@/lib/cv/share';
import { newShareToken } from '@/lib/cv/share-token';
import type { CvSyncResult } from './_components/use-offline-cv-item';
import { fieldErrorsFrom, formValues, type FormState } from '@/lib/forms/form-state';
import { isUuid } from '@/lib/media/keys';
import { MEDIA_KINDS } from '@/lib/media/rules';
import { fileFromForm, removeMedia, saveFormFile } from '@/lib/media/save';
import { londonToday } from '@/lib/vacancies/words';

type MediaChoice = { mediaId: string | null; fieldErrors?: Record<string, string> };

/** A file sent with the form itself: "photo" from the camera, or "file" picked. */
const uploadedFile = (formData: FormData) => fileFromForm(formData, 'photo') ?? fileFromForm(formData, 'file');

/** Saves a file sent with the form ("photo" from the camera, or "file" picked), or the recording already uploaded. */
async function mediaFromForm(actorId: string, formData: FormData, recordedMediaId: string): Promise<MediaChoice> {
  const field = fileFromForm(formData, 'photo') ? 'photo' : 'file';
  const file = fileFromForm(formData, field);
  if (!file) {
    if (!recordedMediaId) return { mediaId: null };
    // A recording the recorder already uploaded: it must be the actor's own.
    const media = await getMediaAsset({ actorId, mediaId: recordedMediaId });
    if (!media) notFound();
    return { mediaId: media.id };
  }
  const saved = await saveFormFile({ actorId, file, kinds: MEDIA_KINDS, asKind: field === 'photo' ? 'photo' : undefined });
  if ('mediaId' in saved) return saved;
  const message = saved.message === 'wrong-kind' ? 'Choose a photo, a sound recording or a video' : saved.message;
  return { mediaId: null, fieldErrors: { [field]: message } };
}

async function parseItem(formData: FormData) {
  const skills = await findSkills();
  const schema = portfolioItemSchema(
    londonToday(new Date()),
    skills.map((skill) => skill.slug),
  );
  const result = schema.safeParse(portfolioItemFormValues(formData));
  return result;
}

function itemFields(data: PortfolioItemInput, mediaId: string | null): PortfolioItemFields {
  return {
    section: data.section,
    title: data.title,
    body: data.body,
    happenedOn: data.happenedOn || null,
    place: data.place,
    // Grades belong to school and college only.
    grade: data.section === 'education' ? data.grade : '',
    skillSlugs: data.skills,
    visibility: data.visibility,
    mediaId,
    transcript: data.transcript,
  };
}

function failed(formData: FormData, fieldErrors: Record<string, string>): FormState {
  const values = formValues(formData, PORTFOLIO_ITEM_FIELDS);
  values.skills = formData.getAll('skills').map(String).join(',');
  return { fieldErrors, values };
}

/** Young people only: adds a CV item, with a photo, sound or video sent with the form or recorded first. */
export async function createItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireYoungPerson('/cv');
  const parsed = await parseItem(formData);
  if (!parsed.success) return failed(formData, fieldErrorsFrom(parsed.error));
  const media = await mediaFromForm(user.id, formData, parsed.data.mediaId);
  if (media.fieldErrors) return failed(formData, media.fieldErrors);
  const itemId = await createPortfolioItem({ actorId: user.id, fields: itemFields(parsed.data, media.mediaId) });
  if (!itemId) {
    if (media.mediaId && uploadedFile(formData)) await removeMedia({ actorId: user.id, mediaId: media.mediaId });
    notFound();
  }
  redirect(`/cv?saved=${encodeURIComponent(sectionInfo(parsed.data.section).slug)}#${sectionInfo(parsed.data.section).slug}`);
}

/** Young people only: changes one of their own CV items (another person's looks missing). */
export async function updateItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireYoungPerson('/cv');
  const itemId = String(formData.get('itemId') ?? '');
  if (!isUuid(itemId)) notFound();
  const parsed = await parseItem(formData);
  if (!parsed.success) return failed(formData, fieldErrorsFrom(parsed.error));
  const current = await getPortfolioItem({ actorId: user.id, itemId });
  if (!current) notFound();
  const isRemovingMedia = formData.get('removeMedia') === 'yes';
  const hasNewMedia = Boolean(uploadedFile(formData) || parsed.data.mediaId);
  const media: MediaChoice = hasNewMedia
    ? await mediaFromForm(user.id, formData, parsed.data.mediaId)
    : { mediaId: isRemovingMedia ? null : (current.media?.id ?? null) };
  if (media.fieldErrors) return failed(formData, media.fieldErrors);
  const result = await updatePortfolioItem({ actorId: user.id, itemId, fields: itemFields(parsed.data, media.mediaId) });
  if (!result) notFound();
  if (result.replacedMediaId) await removeMedia({ actorId: user.id, mediaId: result.replacedMediaId });
  redirect(`/cv?saved=${encodeURIComponent(sectionInfo(parsed.data.section).slug)}#${sectionInfo(parsed.data.section).slug}`);
}

/** Young people only: deletes one of their own CV items and its file. */
export async function deleteItemAction(formData: FormData): Promise<void> {
  const user = await requireYoungPerson('/cv');
  const itemId = String(formData.get('itemId') ?? '');
  if (!isUuid(itemId)) notFound();
  const result = await deletePortfolioItem({ actorId: user.id, itemId });
  if (!result) notFound();
  if (result.orphanMediaId) await removeMedia({ actorId: user.id, mediaId: result.orphanMediaId });
  redirect('/cv?deleted=1');
}

/** Young people only: shows one of their items on their CV, or keeps it private. */
export async function setVisibilityAction(formData: FormData): Promise<void> {
  const user = await requireYoungPerson('/cv');
  const itemId = String(formData.get('itemId') ?? '');
  const visibility = formData.get('visibility') === 'on_cv' ? 'on_cv' : 'private';
  if (!isUuid(itemId)) notFound();
  if (!(await setPortfolioItemVisibility({ actorId: user.id, itemId, visibility }))) notFound();
  redirect(`/cv#item-${itemId}`);
}

export type ShareFormState = FormState & { link?: string };

/** Young people only: makes a new share link and shows it once (only its hash is kept). */
export async function createShareLinkAction(_previous: ShareFormState, formData: FormData): Promise<ShareFormState> {
  const user = await requireYoungPerson('/cv/share');
  const days = Number(formData.get('days'));
  const validDays = (SHARE_LINK_CHOICES_DAYS as readonly number[]).includes(days) ? days : SHARE_LINK_DEFAULT_DAYS;
  const { token, tokenHash } = newShareToken();
  if (!(await createShareLink({ actorId: user.id, tokenHash, expiresAt: shareLinkExpiry(new Date(), validDays) }))) notFound();
  revalidatePath('/cv/share');
  return { link: `/cv/shared/${token}` };
}

/** Young people only: stops one of their own share links working, straight away. */
export async function revokeShareLinkAction(formData: FormData): Promise<void> {
  const user = await requireYoungPerson('/cv/share');
  const linkId = String(formData.get('linkId') ?? '');
  if (!isUuid(linkId)) notFound();
  if (!(await revokeShareLink({ actorId: user.id, linkId, now: new Date() }))) notFound();
  redirect('/cv/share?stopped=1');
}

/**
 * Young people only: CV text changed on their phone with no signal, sent when it came back (decision 028).
 * Merged per field (newest edit wins); the version that lost is kept on the item for them to choose.
 */
export async function syncOfflineCvItemAction(formData: FormData): Promise<CvSyncResult> {
  const user = await requireYoungPerson('/cv');
  const itemId = String(formData.get('itemId') ?? '');
  if (!isUuid(itemId)) return { ok: false, values: {} };
  const edits = parseOfflineCvEdits(formData);
  const result = await mergeOfflineCvItem({ actorId: user.id, itemId, edits, now: new Date() });
  if (!result) return { ok: false, values: {} };
  revalidatePath('/cv');
  return { ok: true, values: result.values };
}

/** Young people only: "Use this one" or "Dismiss" for a version of their CV text kept from another device. */
export async function settleCvOtherVersionAction(formData: FormData): Promise<void> {
  const user = await requireYoungPerson('/cv');
  const itemId = String(formData.get('itemId') ?? '');
  const versionId = String(formData.get('versionId') ?? '');
  const choice = formData.get('choice') === 'use' ? 'use' : 'dismiss';
  if (!isUuid(itemId) || !isUuid(versionId)) notFound();
  if (!(await settleCvOtherVersion({ actorId: user.id, itemId, versionId, choice }))) notFound();
  redirect(`/cv/items/${itemId}`);
}
