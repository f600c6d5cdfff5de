import type { Metadata } from 'next';
import Link from 'next/link';
import { QrCode } from '@/components/kiosk/qr-code';
import { findShortlist } from '@/db/queries/present-shortlist';
import { requireAdviser } from '@/lib/auth/session';
import { qrCodeSvg } from '@/lib/kiosk/qr';
import { shortlistPagePath } from '@/lib/present/shortlist';
import { siteOrigin } from '@/lib/site-origin';
import { ShortlistList } from '../_components/shortlist-list';
import { handOverShortlistAction, textShortlistAction } from './actions';
import { PhoneForm } from './_components/phone-form';

export const metadata: Metadata = { title: 'Our shortlist' };

/**
 * Present mode: the shortlist made together, to hand over as a whole: onto the young person's plan and saved
 * list (their typed number), as a QR code, or as a text. Shows no young person's name or data.
 */
type Props = { searchParams: Promise<{ handed?: string }> };

export default async function ShortlistPage({ searchParams }: Props) {
  const user = await requireAdviser('/adviser/present/shortlist');
  const { handed } = await searchParams;
  const items = await findShortlist({ actorId: user.id, now: new Date() });
  const link = `${await siteOrigin()}${shortlistPagePath(items)}`;
  return (
    <div className="text-xl">
      <h1 className="text-4xl font-bold">Our shortlist</h1>
      <div role="status" className="mt-4">
        {handed === '1' && items.length === 0 ? (
          <p className="border-l-4 border-brand bg-paper p-3 font-bold">Done. It is on your plan and in your saved list.</p>
        ) : null}
      </div>
      <section id="shortlist" aria-labelledby="shortlist-heading" className="mt-6">
        <h2 id="shortlist-heading" className="text-2xl font-bold">
          What we picked ({items.length})
        </h2>
        <ShortlistList items={items} back="/adviser/present/shortlist" />
      </section>
      {items.length > 0 ? (
        <>
          <section aria-labelledby="shortlist-plan-heading" className="mt-10">
            <h2 id="shortlist-plan-heading" className="text-2xl font-bold">
              Put it all on your plan
            </h2>
            <p className="mt-2">If your adviser works with you, it all goes on your plan as one step, and on your saved list.</p>
            <PhoneForm
              action={handOverShortlistAction}
              id="phone"
              description="Type it yourself. We use it to find your account, and do not show it again."
              buttonLabel="Put the shortlist on my plan"
              doneMessage="Done. It is on your plan and in your saved list."
            />
          </section>
          <section aria-labelledby="shortlist-qr-heading" className="mt-10">
            <h2 id="shortlist-qr-heading" className="text-2xl font-bold">
              Or scan it with your phone
            </h2>
            <QrCode svg={await qrCodeSvg(link)} label={`QR code for ${link}`} className="mt-4 size-72 border-2 border-ink bg-white [&>svg]:size-full" />
            <p className="mt-2 break-all">{link}</p>
          </section>
          <section aria-labelledby="shortlist-text-heading" className="mt-10">
            <h2 id="shortlist-text-heading" className="text-2xl font-bold">
              Or text it to me
            </h2>
            <PhoneForm
              action={textShortlistAction}
              id="text-phone"
              description="Type it yourself. We send one text with the link, and do not keep your number."
              buttonLabel="Text me the shortlist"
              doneMessage="Sent. Look for a text with the link."
            />
          </section>
        </>
      ) : null}
      <p className="mt-8">
        <Link href="/adviser/present" className="inline-flex min-h-11 items-center">
          Back to the search
        </Link>
      </p>
    </div>
  );
}
