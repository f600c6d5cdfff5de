import type { Metadata } from 'next';
import Link from 'next/link';
import { QrCode } from '@/components/kiosk/qr-code';
import { requireKiosk } from '@/lib/auth/kiosk';
import { qrCodeSvg } from '@/lib/kiosk/qr';
import { kioskPathFrom } from '@/lib/kiosk/schemas';
import { sendToPhoneAction } from '../actions';
import { siteOrigin } from '@/lib/site-origin';
import { SendTextForm } from './_components/send-text-form';

export const metadata: Metadata = { title: 'Send this to my phone' };

type Props = { searchParams: Promise<{ path?: string; sent?: string }> };

/** Kiosks only: the page the person was on, as a QR code to scan or a text to a number typed once. */
export default async function SendToPhonePage({ searchParams }: Props) {
  const [, query] = await Promise.all([requireKiosk(), searchParams]);
  const path = kioskPathFrom(query.path);
  const link = `${await siteOrigin()}${path}`;
  const svg = await qrCodeSvg(link);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Send this to my phone</h1>
      <div role="status">
        {query.sent ? (
          <p className="mt-4 border-l-4 border-brand bg-paper p-3 font-bold">Sent. Check your phone for a text from Next Steps.</p>
        ) : null}
      </div>
      <h2 className="mt-6 text-2xl font-bold">Scan this with your phone’s camera</h2>
      <QrCode svg={svg} label={`QR code for ${link}`} className="mt-4 size-56 border-2 border-ink bg-white [&>svg]:size-full" />
      <p className="mt-2 break-all">{link}</p>
      <h2 className="mt-8 text-2xl font-bold">Or get a text</h2>
      <SendTextForm action={sendToPhoneAction} path={path} />
      <p className="mt-8">
        <Link href={path} className="inline-flex min-h-11 items-center">
          Go back to the page
        </Link>
      </p>
    </div>
  );
}
