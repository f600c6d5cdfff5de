'use server';

import { notFound, redirect } from 'next/navigation';
import { saveCvBuildStep } from '@/db/queries/cv-build';
import { createPortfolioItem, findSkills } from '@/db/queries/portfolio';
import { requireYoungPerson } from '@/lib/auth/session';
import { buildStepFromParam, pathAfterStep } from '@/lib/cv/build';
import { portfolioItemFormValues, portfolioItemSchema } from '@/lib/cv/schemas';
import { fieldErrorsFrom, formValues, type FormState } from '@/lib/forms/form-state';
import { londonToday } from '@/lib/vacancies/words';

const STEP_FIELDS = ['title', 'body', 'grade', 'showOnCv'];

/**
 * Young people only: one step of "Build my CV". Save and continue adds what they wrote as an ordinary CV
 * item (the same schema and query as /cv/add) and remembers the next step; Skip, or saving an empty step,
 * only moves on. Either way the step is saved before the next page loads (autosave after each step).
 */
export async function saveBuildStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireYoungPerson('/cv/build');
  const step = buildStepFromParam(String(formData.get('step') ?? ''));
  if (!step) notFound();
  const isSkipping = formData.get('intent') === 'skip';
  const isEmpty = !String(formData.get('title') ?? '').trim() && !String(formData.get('body') ?? '').trim();

  if (!isSkipping && !isEmpty) {
    const skills = await findSkills();
    const schema = portfolioItemSchema(
      londonToday(new Date()),
      skills.map((skill) => skill.slug),
    );
    const values = portfolioItemFormValues(formData);
    values.section = step.info.section;
    values.visibility = formData.get('showOnCv') === 'yes' ? 'on_cv' : 'private';
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const sent = formValues(formData, STEP_FIELDS);
      sent.skills = formData.getAll('skills').map(String).join(',');
      return { fieldErrors: fieldErrorsFrom(parsed.error), values: sent };
    }
    const { data } = parsed;
    const itemId = await createPortfolioItem({
      actorId: user.id,
      fields: {
        section: step.info.section,
        title: data.title,
        body: data.body,
        happenedOn: data.happenedOn || null,
        place: data.place,
        grade: step.info.section === 'education' ? data.grade : '',
        skillSlugs: data.skills,
        visibility: data.visibility,
        mediaId: null,
        transcript: '',
      },
    });
    if (!itemId) notFound();
  }
  if (!(await saveCvBuildStep({ actorId: user.id, nextStep: step.number + 1 }))) notFound();
  const next = pathAfterStep(step.number);
  redirect(isSkipping || isEmpty ? next : `${next}?saved=1`);
}
