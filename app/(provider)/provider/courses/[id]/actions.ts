'use server';

import { notFound, redirect } from 'next/navigation';
import { addOwnCourseRun, markOwnCourseChecked, updateOwnCourse, updateOwnCourseRun } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';
import { parseForm, type FormState } from '@/lib/forms/form-state';
import { isRecordId } from '@/lib/manage/changes';
import { COURSE_DETAILS_FIELDS, COURSE_RUN_FIELDS, courseDetailsSchema, courseRunSchema, NEW_COURSE_RUN_FIELDS, newCourseRunSchema } from '@/lib/manage/provider-schemas';
import { londonToday } from '@/lib/vacancies/words';

function courseIdFrom(formData: FormData): string {
  const courseId = formData.get('courseId');
  if (!isRecordId(courseId)) notFound();
  return courseId;
}

/** Provider staff only: change one of their courses. Live at once and written to the change log. */
export async function updateCourseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/courses');
  const courseId = courseIdFrom(formData);
  const parsed = parseForm(courseDetailsSchema, formData, COURSE_DETAILS_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await updateOwnCourse({ actorId: user.id, courseId, input: parsed.data });
  if (!result) notFound();
  redirect(`/provider/courses/${courseId}?saved=course`);
}

/** Provider staff only: change one run of one of their courses (start date, apply by, places). */
export async function updateCourseRunAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/courses');
  const courseId = courseIdFrom(formData);
  const parsed = parseForm(courseRunSchema, formData, COURSE_RUN_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await updateOwnCourseRun({ actorId: user.id, courseId, input: parsed.data });
  if (!result) notFound();
  redirect(`/provider/courses/${courseId}?saved=run`);
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
  const parsed = parseForm(newCourseRunSchema(londonToday(new Date())), formData, NEW_COURSE_RUN_FIELDS);
  if (parsed.state) return parsed.state;
  const result = await addOwnCourseRun({ actorId: user.id, courseId, input: parsed.data });
  if (!result) notFound();
  redirect(`/provider/courses/${courseId}?saved=run-added`);
}
