'use client';

import { useRef } from 'react';
import { SaveStatus } from '@/components/applications/save-status';
import { MediaView } from '@/components/cv/media-view';
import { useFormAction } from '@/components/forms/use-form-action';
import { MediaRecorderField } from '@/components/media/media-recorder';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { Radio, RadioGroup } from '@/components/ui/radio-group';
import { TextArea, TextField } from '@/components/ui/text-field';
import type { CvSectionInfo } from '@/lib/cv/sections';
import { type FormState } from '@/lib/forms/form-state';
import { describeSize, MEDIA_MAX_BYTES } from '@/lib/media/rules';
import { FileField } from '@/components/media/file-field';
import type { PortfolioItemView } from '@/db/queries/portfolio';
import { type OfflineCvItem, useOfflineCvItem } from './use-offline-cv-item';

/**
 * Add or change one CV item. A plain multipart form posted to a server action: without JavaScript the two
 * file inputs (take a photo; choose a file) send the media with the form. With JavaScript the recorder can
 * also record a voice note or video and upload it first.
 */
export function ItemForm({
  action,
  info,
  skills,
  item,
  offline = null,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  info: CvSectionInfo;
  skills: { slug: string; name: string; imagePath: string }[];
  item?: PortfolioItemView;
  /** Changing an item: its text can be changed offline and sent later (decision 028). */
  offline?: OfflineCvItem | null;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const kept = useOfflineCvItem(formRef, offline);
  const { state, formAction, isPending, errors } = useFormAction(action);
  const values = state.values ?? {};
  const value = (field: string, fallback: string) => values[field] ?? fallback;
  const chosenSkills = values.skills !== undefined ? values.skills.split(',').filter(Boolean) : (item?.skillSlugs ?? []);
  const recordedMediaId = values.mediaId ?? '';
  const existingMedia = item?.media ?? null;

  return (
    // The key remounts the form after a failed submit, so every field shows the values sent back.
    <form
      key={JSON.stringify(state)}
      ref={formRef}
      action={formAction}
      onInput={kept.onInput}
      onSubmit={kept.onSubmit}
      noValidate
      className="mt-6 flex flex-col gap-8"
    >
      <ErrorSummary errors={errors} />
      <input type="hidden" name="section" value={info.section} />
      {item ? <input type="hidden" name="itemId" value={item.id} /> : null}
      <TextField
        id="title"
        name="title"
        label={info.titleLabel}
        description={info.titleHint}
        defaultValue={value('title', item?.title ?? '')}
        errorMessage={state.fieldErrors?.title}
      />
      <TextArea
        id="body"
        name="body"
        label="Tell people about it (you can leave this empty)"
        description="What did you do? What went well? What did you learn?"
        rows={4}
        defaultValue={value('body', item?.body ?? '')}
        errorMessage={state.fieldErrors?.body}
      />
      {info.section === 'education' ? (
        <TextField
          id="grade"
          name="grade"
          width="medium"
          label="Your grade, or the grade you expect (you can leave this empty)"
          description="For example, predicted 6, or Merit"
          defaultValue={value('grade', item?.grade ?? '')}
          errorMessage={state.fieldErrors?.grade}
        />
      ) : null}
      <TextField
        id="happenedOn"
        name="happenedOn"
        type="date"
        width="medium"
        label="When? (you can leave this empty)"
        description="For example, 14 3 2026"
        defaultValue={value('happenedOn', item?.happenedOn ?? '')}
        errorMessage={state.fieldErrors?.happenedOn}
      />
      <TextField
        id="place"
        name="place"
        label="Where? (you can leave this empty)"
        description="For example, Halifax Youth Club"
        defaultValue={value('place', item?.place ?? '')}
        errorMessage={state.fieldErrors?.place}
      />
      <PictureChoiceGroup
        selectionMode="multiple"
        name="skills"
        label="What skills did you use? (you can leave this empty)"
        description="Tap all the pictures that fit"
        defaultValue={chosenSkills}
      >
        {skills.map((skill, index) => (
          <PictureChoiceCard key={skill.slug} id={index === 0 ? 'skills' : undefined} value={skill.slug} imageSrc={skill.imagePath} label={skill.name} />
        ))}
      </PictureChoiceGroup>

      <fieldset className="flex flex-col gap-6">
        <legend className="text-2xl font-bold">A photo, voice note or video (you can leave this empty)</legend>
        {existingMedia ? (
          <div className="flex flex-col gap-2">
            <p className="font-bold">What you added before</p>
            <MediaView
              src={`/api/media/${existingMedia.id}`}
              kind={existingMedia.kind}
              contentType={existingMedia.contentType}
              width={existingMedia.width}
              height={existingMedia.height}
              transcript=""
              alt={item?.title ?? ''}
            />
            <Checkbox name="removeMedia" value="yes">
              Remove it
            </Checkbox>
          </div>
        ) : null}
        <FileField
          id="photo"
          label="Take a photo"
          hint={`On a phone this opens the camera. Photos must be smaller than ${describeSize(MEDIA_MAX_BYTES.photo)}.`}
          error={state.fieldErrors?.photo}
          accept="image/*"
          capture="environment"
        />
        <FileField
          id="file"
          label="Or choose a photo, sound recording or video"
          hint={`Sound must be smaller than ${describeSize(MEDIA_MAX_BYTES.audio)}, video smaller than ${describeSize(MEDIA_MAX_BYTES.video)}.`}
          error={state.fieldErrors?.file}
          accept="image/*,audio/*,video/*"
        />
        <div>
          <p className="text-lg font-bold">Or record one now</p>
          <MediaRecorderField
            name="mediaId"
            slot={item ? `item-${item.id}` : `new-${info.slug}`}
            initialMedia={recordedMediaId ? { id: recordedMediaId, kind: 'audio' } : null}
          />
        </div>
        <TextArea
          id="transcript"
          name="transcript"
          label="Words for your voice note or video (you can leave this empty)"
          description="Write what you say, so people who cannot listen can read it. It shows on your CV."
          rows={4}
          defaultValue={value('transcript', existingMedia?.transcript ?? '')}
          errorMessage={state.fieldErrors?.transcript}
        />
      </fieldset>

      <RadioGroup
        name="visibility"
        label="Who can see this?"
        description="Nobody sees your CV until you share it."
        defaultValue={value('visibility', item?.visibility ?? 'private')}
      >
        <Radio value="private">Only me (private)</Radio>
        <Radio value="on_cv">Show it on my CV</Radio>
      </RadioGroup>
      <div>
        <Button type="submit" isPending={isPending}>
          Save
        </Button>
        {offline ? <SaveStatus status={kept.status} /> : null}
        {offline && kept.status === 'kept' ? (
          <p>Only the writing is kept on this phone. Photos, recordings, skills, the date and who can see it need the internet: press Save again when you are online.</p>
        ) : null}
      </div>
    </form>
  );
}
