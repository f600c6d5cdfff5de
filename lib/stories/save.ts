import 'server-only';
import { addStory } from '@/db/queries/stories';
import { parseForm, formValues, type FormState } from '@/lib/forms/form-state';
import { fileFromForm, removeMedia, saveFormFile } from '@/lib/media/save';
import { CAPTIONS_MAX_BYTES, checkCaptions } from './captions';
import { STORY_FIELDS, storySchema, type StorySubject } from './schemas';

const CLIP_WRONG_KIND = 'Choose a sound file or a video, like an MP3, M4A or MP4';

/**
 * The one way a story gets in, for provider staff and the council alike: check the form, the clip (real
 * type from its bytes, size) and the captions, save the clip as the actor's own, then the story. Nothing
 * is kept when any part fails. `subjectFrom` turns the form's choice into a subject the actor may use.
 */
export async function saveStoryFromForm({
  actorId,
  formData,
  subjectFrom,
}: {
  actorId: string;
  formData: FormData;
  subjectFrom: (value: string) => StorySubject | null;
}): Promise<{ state: FormState } | { storyId: string }> {
  const values = formValues(formData, STORY_FIELDS);
  const parsed = parseForm(storySchema, formData, STORY_FIELDS);
  const fieldErrors: Record<string, string> = { ...(parsed.state?.fieldErrors ?? {}) };
  const subject = parsed.data ? subjectFrom(parsed.data.subject) : null;
  if (parsed.data && !subject) fieldErrors.subject = 'Choose what the story is about';

  const clip = fileFromForm(formData, 'clip');
  if (!clip) fieldErrors.clip = 'Choose the recording: a sound file or a video';

  const captionsFile = fileFromForm(formData, 'captionsFile');
  let captions: string | null = null;
  if (captionsFile) {
    const check =
      captionsFile.size > CAPTIONS_MAX_BYTES
        ? ({ isValid: false, message: 'The captions file must be smaller than 200 KB' } as const)
        : checkCaptions(await captionsFile.text());
    if (check.isValid) captions = check.captions;
    else fieldErrors.captionsFile = check.message;
  }

  // The form order, so the error summary reads top to bottom.
  const ordered = (errors: Record<string, string>) =>
    Object.fromEntries(['subject', 'clip', ...STORY_FIELDS.slice(1), 'captionsFile'].filter((f) => errors[f]).map((f) => [f, errors[f]!]));
  const fail = (errors: Record<string, string>) => ({ state: { fieldErrors: ordered(errors), values } });
  if (!parsed.data || !subject || !clip || Object.keys(fieldErrors).length > 0) return fail(fieldErrors);

  const saved = await saveFormFile({ actorId, file: clip, kinds: ['audio', 'video'], purpose: 'story' });
  if ('message' in saved) return fail({ clip: saved.message === 'wrong-kind' ? CLIP_WRONG_KIND : saved.message });

  if (saved.kind === 'video' && !captions) {
    await removeMedia({ actorId, mediaId: saved.mediaId });
    return fail({ captionsFile: 'Add a captions file: a video needs captions for people who cannot hear it' });
  }

  const story = await addStory({ actorId, subject, input: parsed.data, mediaId: saved.mediaId, captions });
  if (!story) {
    await removeMedia({ actorId, mediaId: saved.mediaId });
    return fail({ subject: 'Choose what the story is about' });
  }
  return { storyId: story.id };
}
