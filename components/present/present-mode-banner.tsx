'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useSyncExternalStore } from 'react';
import { buttonClasses } from '@/components/ui/button-styles';
import { isPresentModeOn } from '@/lib/present/mode';

const subscribeToNothing = () => () => undefined;
const readIsOn = () => isPresentModeOn(document.cookie);

/**
 * Present mode's bar on every page while it is on: says so, hands the page on screen over as a QR code, and
 * turns it off. Text is larger for a shared or projected screen. Render inside <Suspense>.
 */
export function PresentModeBanner({ stopAction }: { stopAction: () => Promise<void> }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const isOn = useSyncExternalStore(subscribeToNothing, readIsOn, () => false);
  useEffect(() => {
    document.documentElement.style.fontSize = isOn ? '125%' : '';
  }, [isOn]);
  if (!isOn) return null;
  const here = searchParams.size > 0 ? `${pathname}?${searchParams.toString()}` : pathname;
  return (
    <div className="border-b-2 border-line bg-paper print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2">
        <p className="font-bold">Present mode: names and messages are hidden.</p>
        <nav aria-label="Present mode">
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-2">
            <li>
              <Link href="/adviser/present" className="inline-flex min-h-11 items-center font-bold">
                Start again
              </Link>
            </li>
            <li>
              <Link href={`/adviser/present/qr?path=${encodeURIComponent(here)}`} className="inline-flex min-h-11 items-center font-bold">
                Hand this over
              </Link>
            </li>
            <li>
              <Link href="/adviser/present/shortlist" className="inline-flex min-h-11 items-center font-bold">
                Shortlist
              </Link>
            </li>
            <li>
              <form action={stopAction}>
                <button type="submit" className={buttonClasses('secondary', 'cursor-pointer py-1')}>
                  Leave present mode
                </button>
              </form>
            </li>
          </ul>
        </nav>
      </div>
    </div>
  );
}
