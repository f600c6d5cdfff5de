import type { Metadata } from 'next';
import { buttonClasses } from '@/components/ui/button-styles';
import { getKioskEnrolment } from '@/db/queries/kiosk';
import { hashKioskToken, isKioskTokenShaped } from '@/lib/kiosk/tokens';
import { enrolKioskAction } from '../../actions';

export const metadata: Metadata = { title: 'Make this computer a kiosk', robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

/** Opened on the shared PC from the link an LA admin made: one press makes it a kiosk. */
export default async function KioskEnrolPage({ params }: Props) {
  const { token } = await params;
  const enrolment = isKioskTokenShaped(token)
    ? await getKioskEnrolment({ enrolmentTokenHash: hashKioskToken(token), now: new Date() })
    : null;
  if (!enrolment) {
    return (
      <div className="max-w-xl">
        <h1 className="text-3xl font-bold">This link does not work any more</h1>
        <p className="mt-4">Each link works once, for 24 hours. Ask your council admin for a new one.</p>
      </div>
    );
  }
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Make this computer a kiosk</h1>
      <p className="mt-4">
        This will make this computer “{enrolment.label}” at {enrolment.centreName}. Anyone can use it without signing
        in, and it clears itself after a few minutes without use.
      </p>
      <form action={enrolKioskAction} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClasses('primary', 'cursor-pointer')}>
          Make this computer a kiosk
        </button>
      </form>
    </div>
  );
}
