import { PushSwitch } from '@/components/push/push-switch';
import { findOwnPushEndpoints, worksAtCentre } from '@/db/queries/push';
import { getKioskContext } from '@/lib/auth/kiosk';
import { currentPushConfig } from '@/lib/notifications/push';
import { turnOffPushAction, turnOnPushAction } from '../../../_push/actions';

/**
 * An adviser at a centre turns on alerts on this computer for "Ask someone here" at its kiosks (decision
 * 029). Nothing for advisers who work at no centre, or where the service cannot push; the help panel still
 * shows everyone who is waiting.
 */
export async function KioskHelpAlerts({ actorId }: { actorId: string }) {
  const [isAtCentre, endpoints, kiosk] = await Promise.all([worksAtCentre({ actorId }), findOwnPushEndpoints({ actorId }), getKioskContext()]);
  const config = kiosk ? null : currentPushConfig();
  if (!isAtCentre || !config) return null;
  return (
    <section aria-labelledby="kiosk-alerts-heading" className="mt-8 flex flex-col gap-2">
      <h2 id="kiosk-alerts-heading" className="text-xl font-bold">
        Kiosk alerts
      </h2>
      <p>Get an alert on this computer when someone at a kiosk at your centre asks for help.</p>
      <PushSwitch
        id="kiosk-alerts-switch"
        publicKey={config.publicKey}
        knownEndpoints={endpoints}
        turnOnAction={turnOnPushAction}
        turnOffAction={turnOffPushAction}
        words={{
          on: 'Kiosk alerts are on for this computer until you sign out.',
          off: 'Kiosk alerts are off for this computer.',
          unsupported: 'This browser cannot show alerts. The list on this page still shows who is waiting.',
          blocked: 'Alerts from Next Steps are blocked in this browser’s settings.',
          turnOn: 'Turn on kiosk alerts',
          turnOff: 'Turn off kiosk alerts',
        }}
      />
    </section>
  );
}
