import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button-styles';

/**
 * "Remove this start date?" asked in plain HTML: the remove link opens this box on the course page
 * (`?remove=<run id>`), and only "Yes, remove this start date" posts. Works without JavaScript.
 */
export function RemoveRunConfirm({
  action,
  courseId,
  runId,
  when,
  isOnlyRun,
}: {
  action: (formData: FormData) => Promise<void>;
  courseId: string;
  runId: string;
  when: string;
  isOnlyRun: boolean;
}) {
  return (
    <form action={action} aria-labelledby={`remove-${runId}-heading`} className="mt-4 flex flex-col items-start gap-3 border-l-4 border-error bg-paper p-4">
      <h3 id={`remove-${runId}-heading`} className="text-xl font-bold">
        Remove the start date {when}?
      </h3>
      <p>Young people will not see it any more. Applications to this course stay as they are.</p>
      {isOnlyRun ? <p>This is the only start date. The course will say it has no start dates until you add one.</p> : null}
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="runId" value={runId} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses('warning')}>
          Yes, remove this start date
        </button>
        <Link href={`/provider/courses/${courseId}#run-${runId}`} className="inline-flex min-h-11 items-center">
          No, keep it
        </Link>
      </div>
    </form>
  );
}
