import { redirect } from 'next/navigation';
import { getCvBuildStep } from '@/db/queries/cv-build';
import { requireYoungPerson } from '@/lib/auth/session';
import { resumeChoice } from '@/lib/cv/build';

/** "Build my CV": carries on at the step they left off at, or starts at step 1. */
export default async function BuildCvStartPage() {
  const user = await requireYoungPerson('/cv/build');
  const choice = resumeChoice(await getCvBuildStep({ actorId: user.id }));
  redirect(choice.kind === 'carry-on' ? `/cv/build/${choice.step}` : '/cv/build/1');
}
