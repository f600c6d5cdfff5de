import type { Metadata } from 'next';
import Link from 'next/link';
import { QrCode } from '@/components/kiosk/qr-code';
import { requireAdviser } from '@/lib/auth/session';
import { qrCodeSvg } from '@/lib/kiosk/qr';
import { kioskPathFrom } from '@/lib/kiosk/schemas';
import { siteOrigin } from '@/lib/site-origin';
import { handOverAction } from './actions';
import { HandOverForm } from './_components/hand-over-form';

export const metadata: Metadata = { title: 'Hand this over' };

type Props = { searchParams: Promise<{ path?: string }> };

/** Present mode: the page on screen as a QR code, for the young person to scan and keep on their phone. */
export default async function HandOverPage({ searchParams }: Props) {
  await requireAdviser('/adviser/present');
  const path = kioskPathFrom((await searchParams).path);
  const link = `${await siteOrigin()}${path}`;
  return (
    <div className="text-xl">
      <h1 className="text-4xl font-bold">Scan this with your phone</h1>
      <p className="mt-4">It opens the same page on your phone, so you can look again later or save it.</p>
      <QrCode svg={await qrCodeSvg(link)} label={`QR code for ${link}`} className="mt-6 size-72 border-2 border-ink bg-white [&>svg]:size-full" />
      <p className="mt-2 break-all">{link}</p>
      <section aria-labelledby="plan-hand-over-heading" className="mt-10">
        <h2 id="plan-hand-over-heading" className="text-2xl font-bold">
          Or put it on your plan
        </h2>
        <p className="mt-2">If your adviser works with you, it goes on your plan as a step, with the link.</p>
        <HandOverForm action={handOverAction} path={path} />
      </section>
      <p className="mt-8">
        <Link href={path} className="inline-flex min-h-11 items-center">
          Go back to the page
        </Link>
      </p>
    </div>
  );
}
