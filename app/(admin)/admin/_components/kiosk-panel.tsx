import { findCentres, findKioskDevices } from '@/db/queries/kiosk';
import { createKioskLinkAction } from '../actions';
import { KioskLinkForm } from './kiosk-link-form';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** The council admin's kiosks: the shared PCs at centres, and a one-time link to enrol another. */
export async function KioskPanel({ actorId }: { actorId: string }) {
  const [centres, devices] = await Promise.all([findCentres({ actorId }), findKioskDevices({ actorId })]);
  if (centres.length === 0) return null;
  return (
    <section aria-labelledby="kiosks-heading" className="mt-8">
      <h2 id="kiosks-heading" className="text-2xl font-bold">
        Kiosks at youth centres
      </h2>
      <p className="mt-2 max-w-prose">
        A kiosk is a shared computer anyone can use without signing in. It clears itself after 2 minutes without use.
      </p>
      {devices.length > 0 ? (
        <ul className="mt-4 flex flex-col gap-1" aria-label="Kiosks">
          {devices.map((device) => (
            <li key={device.id}>
              {device.label} at {device.centreName} –{' '}
              {device.isEnrolled ? 'in use' : `link made on ${dateFormat.format(device.createdAt)}, not used yet`}
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className="mt-6 text-xl font-bold">Add a kiosk</h3>
      <KioskLinkForm action={createKioskLinkAction} centres={centres} />
    </section>
  );
}
