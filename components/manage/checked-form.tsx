import { buttonClasses } from '@/components/ui/button-styles';
import { describeChecked } from '@/lib/freshness/rules';

/**
 * "Checked, still correct" in one click: a plain form posted to a server action (works without
 * JavaScript). Shows when the record was last checked and by whom.
 */
export function CheckedForm({
  action,
  lastCheckedAt,
  lastCheckedBy,
  hiddenFields = {},
  label = 'Checked, still correct',
}: {
  action: (formData: FormData) => Promise<void>;
  lastCheckedAt: Date;
  lastCheckedBy: string | null;
  hiddenFields?: Record<string, string>;
  label?: string;
}) {
  return (
    <form action={action} className="mt-4 flex flex-col items-start gap-3 border-l-4 border-brand bg-paper p-4">
      <p>
        {describeChecked(lastCheckedAt)}
        {lastCheckedBy ? ` by ${lastCheckedBy}` : ''}.
      </p>
      {Object.entries(hiddenFields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={buttonClasses('secondary')}>
        {label}
      </button>
    </form>
  );
}

/** The green "Saved" note after a change, read out by screen readers. */
export function SavedNote({ message }: { message: string | null }) {
  return (
    <div role="status" className="mt-4">
      {message ? <p className="border-l-4 border-brand bg-brand-soft p-4 font-bold">{message}</p> : null}
    </div>
  );
}
