import { buttonClasses } from '@/components/ui/button-styles';
import { findOpenHelpRequests } from '@/db/queries/kiosk';
import { handleHelpRequestAction } from '../actions';

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' });

/** Someone at a kiosk in the adviser's centre pressed "ask someone here". Shows nothing when nobody is waiting. */
export async function KioskHelpPanel({ actorId }: { actorId: string }) {
  const requests = await findOpenHelpRequests({ actorId });
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="kiosk-help-heading" className="mt-8 border-4 border-focus bg-paper p-4">
      <h2 id="kiosk-help-heading" className="text-2xl font-bold">
        Someone at a kiosk wants help
      </h2>
      <ul className="mt-4 flex flex-col gap-3" aria-label="People waiting at a kiosk">
        {requests.map((request) => (
          <li key={request.id} className="flex flex-wrap items-center gap-4">
            <span>
              {request.kioskLabel ?? 'A kiosk'} at {request.centreName}, since {timeFormat.format(request.createdAt)}
            </span>
            <form action={handleHelpRequestAction}>
              <input type="hidden" name="request" value={request.id} />
              <button type="submit" className={buttonClasses('primary', 'cursor-pointer')}>
                I’m on my way
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
