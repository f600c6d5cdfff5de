import type { Metadata } from 'next';
import Link from 'next/link';
import { QrCode } from '@/components/kiosk/qr-code';
import { getAreaSettings } from '@/db/queries/area-settings';
import { getCourse } from '@/db/queries/courses';
import { getVacancy } from '@/db/queries/vacancies';
import { getAreaContext } from '@/lib/auth/area';
import { requireKiosk } from '@/lib/auth/kiosk';
import { qrCodeSvg } from '@/lib/kiosk/qr';
import { kioskPathFrom } from '@/lib/kiosk/schemas';
import { isVacancyId } from '@/lib/vacancies/search';
import { siteOrigin } from '@/lib/site-origin';
import { PrintButton } from './_components/print-button';

export const metadata: Metadata = { title: 'Print this' };

type Props = { searchParams: Promise<{ path?: string }> };

type Card = { title: string; lines: string[] };

/** What the card says: the course or vacancy by name, or just "a page from Next Steps". */
async function describePage(path: string): Promise<Card> {
  const area = await getAreaContext();
  const scope = { laId: area.id, now: new Date(), rules: (await getAreaSettings({ laId: area.id })).freshness };
  const [, section, key] = path.split('?')[0]!.split('/');
  if (section === 'courses' && key && /^[a-z0-9-]{1,120}$/.test(key)) {
    const course = await getCourse({ ...scope, slug: key });
    if (course) return { title: course.title, lines: [`At ${course.provider.name}`, course.summary] };
  }
  if (section === 'vacancies' && key && isVacancyId(key)) {
    const vacancy = await getVacancy({ ...scope, id: key });
    if (vacancy) return { title: vacancy.title, lines: [`With ${vacancy.offeredBy.name}`, vacancy.summary] };
  }
  return { title: 'A page from Next Steps', lines: ['Find a course, a job or training near you.'] };
}

/** Kiosks only: a one-page card for the page the person was on, with a QR code to open it again at home. */
export default async function PrintCardPage({ searchParams }: Props) {
  const [, query] = await Promise.all([requireKiosk(), searchParams]);
  const path = kioskPathFrom(query.path);
  const link = `${await siteOrigin()}${path}`;
  const [card, svg] = await Promise.all([describePage(path), qrCodeSvg(link)]);
  return (
    <div>
      {/* Only the card goes on paper: the site's header, footer and read-aloud bar stay on screen. */}
      <style>{'@media print { body > header, body > footer, body > div:not(:has(#print-card)), [data-kiosk-banner] { display: none !important; } }'}</style>
      <div className="print:hidden">
        <h1 className="text-3xl font-bold">Print this</h1>
        <p className="mt-2">This card fits on one page. Take it home and scan the code to open the page again.</p>
        <div className="mt-4 flex flex-wrap gap-4">
          <PrintButton />
          <Link href={path} className="inline-flex min-h-11 items-center">
            Go back to the page
          </Link>
        </div>
      </div>
      <article id="print-card" aria-label="Card to print" className="mt-6 max-w-2xl break-inside-avoid border-4 border-ink bg-white p-6 print:mt-0 print:border-2">
        <p className="font-bold">Next Steps</p>
        <h2 className="mt-2 text-3xl font-bold">{card.title}</h2>
        {card.lines.map((line) => (
          <p key={line} className="mt-2">
            {line}
          </p>
        ))}
        <div className="mt-4 flex flex-wrap items-center gap-6">
          <QrCode svg={svg} label={`QR code for ${link}`} className="size-40 bg-white [&>svg]:size-full" />
          <p className="break-all">{link}</p>
        </div>
      </article>
    </div>
  );
}
