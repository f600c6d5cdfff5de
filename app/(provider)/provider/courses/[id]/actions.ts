'use server';

import { notFound, redirect } from 'next/navigation';
import { addOwnCourseRun, markOwnCourseChecked, removeOwnCourseRun, updateOwnCourse, updateOwnCourseRun } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';
import { formValues, parseForm, type FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import {
  COURSE_FIELDS,
  COURSE_RUN_FIELDS,
  courseProblemMessage,
  courseRunSchema,
  courseSchema,
  NEW_COURSE_RUN_FIELDS,
  newCourseRunSchema,
} from '@/lib/manage/provider-schemas';
import { londonToday } from '@/lib/vacancies/words';

function courseIdFrom(formData: FormData): string {
  const courseId = formData.get('courseId');
  if (!isRecordId(courseId)) notFound();
  return courseId;
}

/** Provider staff only: change one of their courses (any field the new-course form has). Live at once, counts as checked, logged. */
export async function updateCourseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/courses');
  const courseId = courseIdFrom(formData);
  const parsed = parseForm(courseSchema, formData, COURSE_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await updateOwnCourse({ actorId: user.id, courseId, input: parsed.data, now: new Date() });
  if (!result) notFound();
  if ('problemField' in result) {
    return { fieldErrors: { [result.problemField]: courseProblemMessage(result.problemField) }, values: formValues(formData, COURSE_FIELDS) };
  }
  redirect(`/provider/courses/${courseId}?saved=course`);
}

/** Provider staff only: change one run of one of their courses (start date from today on, apply by, places). */
export async function updateCourseRunAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/courses');
  const courseId = courseIdFrom(formData);
  const now = new Date();
  const parsed = parseForm(courseRunSchema(londonToday(now)), formData, COURSE_RUN_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await updateOwnCourseRun({ actorId: user.id, courseId, input: parsed.data, now });
  if (!result) notFound();
  redirect(`/provider/courses/${courseId}?saved=run`);
}

/** Provider staff only: remove one start date of one of their courses, after the page asked them to confirm. Logged. */
export async function removeCourseRunAction(formData: FormData): Promise<void> {
  const user = await requireProviderStaff('/provider/courses');
  const courseId = courseIdFrom(formData);
  const runId = formData.get('runId');
  if (!isRecordId(runId)) notFound();
  const result = await removeOwnCourseRun({ actorId: user.id, courseId, runId, now: new Date() });
  if (!result) notFound();
  redirect(`/provider/courses/${courseId}?saved=run-removed`);
}

/** Provider staff only: "checked, still correct" for one of their courses. */
export async function markCourseCheckedAction(formData: FormData): Promise<void> {
  const user = await requireProviderStaff('/provider/courses');
  const courseId = courseIdFrom(formData);
  const result = await markOwnCourseChecked({ actorId: user.id, courseId, now: new Date() });
  if (!result) notFound();
  redirect(`/provider/courses/${courseId}?saved=checked`);
}

/** Provider staff only: add another start date to one of their courses, at one of their sites. Logged. */
export async function addCourseRunAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/courses');
  const courseId = courseIdFrom(formData);
  const now = new Date();
  const parsed = parseForm(newCourseRunSchema(londonToday(now)), formData, NEW_COURSE_RUN_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await addOwnCourseRun({ actorId: user.id, courseId, input: parsed.data, now });
  if (!result) notFound();
  redirect(`/provider/courses/${courseId}?saved=run-added`);
}
