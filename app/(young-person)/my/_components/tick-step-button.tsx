import { buttonClasses } from '@/components/ui/button-styles';
import type { PlanStepView } from '@/components/action-plans/plan-step';
import { tickStepAction } from '../plan/actions';

/** "I have done this" (or "I have not done this yet"): a plain form, so it works before the page has loaded. */
export function TickStepButton({ step, back }: { step: PlanStepView; back: string }) {
  const isDone = step.status === 'done';
  return (
    <form action={tickStepAction}>
      <input type="hidden" name="stepId" value={step.id} />
      <input type="hidden" name="to" value={isDone ? 'to_do' : 'done'} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" className={buttonClasses(isDone ? 'secondary' : 'primary', 'cursor-pointer')}>
        {isDone ? 'I have not done this yet' : 'I have done this'}
        <span className="sr-only">: {step.text}</span>
      </button>
    </form>
  );
}
