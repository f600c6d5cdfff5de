'use server';

import { notFound, redirect } from 'next/navigation';
import { addOwnCourse } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';
import { formValues, parseForm, type FormState } from '@/lib/forms/form-state';
import { courseProblemMessage, NEW_COURSE_FIELDS, newCourseSchema } from '@/lib/manage/provider-schemas';
import { londonToday } from '@/lib/vacancies/words';

/** Provider staff only: add a new course with its first start date. Live at once and written to the change log. */
export async function addCourseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireProviderStaff('/provider/courses/new');
  const now = new Date();
  const parsed = parseForm(newCourseSchema(londonToday(now)), formData, NEW_COURSE_FIELDS);
  if (parsed.state) return parsed.state;
  const course = await addOwnCourse({ actorId: user.id, input: parsed.data, now });
  if (!course) notFound();
  if ('problemField' in course) {
    return { fieldErrors: { [course.problemField]: courseProblemMessage(course.problemField) }, values: formValues(formData, NEW_COURSE_FIELDS) };
  }
  redirect(`/provider/courses/${course.id}?saved=added`);
}
