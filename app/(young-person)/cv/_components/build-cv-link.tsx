import { LinkButton } from '@/components/ui/link-button';
import { getCvBuildStep } from '@/db/queries/cv-build';
import { resumeChoice } from '@/lib/cv/build';

/** On /cv: start the guided "Build my CV" steps, or carry on where they left off. */
export async function BuildCvLink({ actorId }: { actorId: string }) {
  const choice = resumeChoice(await getCvBuildStep({ actorId }));
  if (choice.kind === 'finished') return null;
  return (
    <p className="mt-6">
      <LinkButton href={choice.kind === 'carry-on' ? `/cv/build/${choice.step}` : '/cv/build/1'}>
        {choice.kind === 'carry-on' ? `Carry on building my CV at step ${choice.step}` : 'Build my CV step by step'}
      </LinkButton>
    </p>
  );
}
