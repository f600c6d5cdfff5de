import { buttonClasses } from '@/components/ui/button-styles';
import type { RecordPart } from '@/lib/privacy/access';
import { RECORD_PART_WORDS } from '@/lib/privacy/words';
import { changeConsentAction } from '../actions';

/** One plain form: let, or stop, one person seeing one part of the record. */
export function ChangeButton({ personId, part, change, personName }: { personId: string; part: RecordPart; change: 'allow' | 'stop'; personName: string }) {
  const words = RECORD_PART_WORDS[part].yours;
  return (
    <form action={changeConsentAction}>
      <input type="hidden" name="person" value={personId} />
      <input type="hidden" name="part" value={part} />
      <input type="hidden" name="change" value={change} />
      <button type="submit" className={buttonClasses(change === 'stop' ? 'secondary' : 'primary', 'cursor-pointer')}>
        {change === 'stop' ? `Stop ${personName} seeing ${words}` : `Let ${personName} see ${words}`}
      </button>
    </form>
  );
}

