import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../client';
import {
  applicationProfiles,
  applicationQuestions,
  applications,
  applicationStatusHistory,
  categories,
  courses,
  employers,
  type NewApplicationQuestion,
  users,
  youngPeople,
} from '../schema';
import { addDays } from './dates';
import { seedVacancy } from './factories';

// Demo data for applications: questions some providers and employers ask, two vacancies the tests can find by
// a word only they use ("greeter", "balancer"), a filled-in profile and one sent application for Jade.

/** Course slugs and the provider's own questions. */
export const DEMO_COURSE_QUESTIONS: Record<string, string[]> = {
  'plumbing-level-1-calder-valley-college': [
    'Why do you want to learn plumbing?',
    'Have you ever fixed or built something? Tell us about it.',
  ],
};

/** Two vacancies with questions: one at the demo employer, one at another employer (for the not-found test). */
export const DEMO_QUESTION_VACANCIES = [
  {
    employerSlug: 'pennine-motor-group',
    title: 'Trainee showroom greeter – Pennine Motor Group',
    questions: ['Why would you like to work with cars?', 'When could you start?'],
  },
  {
    employerSlug: 'elland-tyre-and-exhaust-centre',
    title: 'Trainee wheel balancer – Elland Tyre and Exhaust Centre',
    questions: ['Why would you like to work with us?'],
  },
] as const;

export async function seedApplicationQuestions(db: Database, questions: NewApplicationQuestion[]): Promise<void> {
  if (questions.length > 0) await db.insert(applicationQuestions).values(questions);
}

/** Questions for the demo courses and the two demo vacancies. */
export async function seedDemoApplications(
  db: Database,
  { laId, today, youngPersonId }: { laId: string; today: Date; youngPersonId: string },
): Promise<void> {
  for (const [slug, prompts] of Object.entries(DEMO_COURSE_QUESTIONS)) {
    const [course] = await db.select({ id: courses.id }).from(courses).where(and(eq(courses.slug, slug), eq(courses.laId, laId)));
    if (!course) throw new Error(`Demo course ${slug} is missing.`);
    await seedApplicationQuestions(db, prompts.map((prompt, position) => ({ courseId: course.id, prompt, position })));
  }
  const [category] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, 'car-repair'));
  if (!category) throw new Error('Category car-repair is missing.');
  for (const definition of DEMO_QUESTION_VACANCIES) {
    const [employer] = await db
      .select({ id: employers.id })
      .from(employers)
      .where(and(eq(employers.slug, definition.employerSlug), eq(employers.laId, laId)));
    if (!employer) throw new Error(`Demo employer ${definition.employerSlug} is missing.`);
    const vacancy = await seedVacancy(db, {
      laId,
      employerId: employer.id,
      categoryId: category.id,
      title: definition.title,
      summary: 'Learn the trade with a friendly team. Full training given.',
      isNoExperienceNeeded: true,
      isNoQualificationsNeeded: true,
      closesOn: null,
      lastCheckedAt: today,
    });
    await seedApplicationQuestions(db, definition.questions.map((prompt, position) => ({ vacancyId: vacancy.id, prompt, position })));
  }

  // Jade has a finished profile and one application sent 12 days ago with no reply (so she can send a reminder).
  await db.insert(applicationProfiles).values({
    userId: youngPersonId,
    school: 'Calder High School, Year 12',
    qualifications: 'GCSEs: English 5, maths 4, science 4 4, art 6.',
    needsSupport: false,
    personalStatement: 'I like making things and working with my hands. I help my uncle in his garage on Saturdays.',
    completedSections: ['contact', 'school', 'support', 'statement'],
  });
  const [course] = await db
    .select({ id: courses.id })
    .from(courses)
    .where(and(eq(courses.slug, 'plumbing-level-1-calder-valley-college'), eq(courses.laId, laId)));
  if (!course) return;
  const sentAt = addDays(today, -12);
  const [application] = await db
    .insert(applications)
    .values({ laId, youngPersonId, courseId: course.id, status: 'submitted', submittedAt: sentAt, createdAt: addDays(today, -13) })
    .returning({ id: applications.id });
  if (!application) return;
  const [jade] = await db
    .select({ name: users.name, phone: users.phone, dateOfBirth: youngPeople.dateOfBirth })
    .from(users)
    .leftJoin(youngPeople, eq(youngPeople.userId, users.id))
    .where(eq(users.id, youngPersonId));
  const [profile] = await db.select().from(applicationProfiles).where(eq(applicationProfiles.userId, youngPersonId));
  if (jade && profile) {
    await db
      .update(applications)
      .set({
        sentProfile: {
          name: jade.name ?? '',
          phone: jade.phone,
          email: null,
          dateOfBirth: jade.dateOfBirth,
          school: profile.school,
          qualifications: profile.qualifications,
          needsSupport: profile.needsSupport,
          supportNeeds: profile.supportNeeds,
          adjustments: profile.adjustments,
          personalStatement: profile.personalStatement,
          personalStatementMediaId: null,
        },
      })
      .where(eq(applications.id, application.id));
  }
  await db.insert(applicationStatusHistory).values([
    { applicationId: application.id, toStatus: 'draft', changedById: youngPersonId, createdAt: addDays(today, -13) },
    { applicationId: application.id, fromStatus: 'draft', toStatus: 'submitted', changedById: youngPersonId, createdAt: sentAt },
  ]);
}
