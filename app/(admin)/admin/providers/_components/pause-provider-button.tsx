import { buttonClasses } from '@/components/ui/button-styles';
import { setProviderPausedAction } from '../actions';

/** A plain form (works without JavaScript): Pause a live provider, or Restore a paused one. */
export function PauseProviderButton({
  providerId,
  name,
  isPaused,
  from = 'list',
}: {
  providerId: string;
  name: string;
  isPaused: boolean;
  from?: 'list' | 'provider';
}) {
  return (
    <form action={setProviderPausedAction}>
      <input type="hidden" name="providerId" value={providerId} />
      <input type="hidden" name="pause" value={isPaused ? 'no' : 'yes'} />
      <input type="hidden" name="from" value={from} />
      <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
        {isPaused ? 'Restore' : 'Pause'}
        <span className="sr-only"> {name}</span>
      </button>
    </form>
  );
}
