'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { buttonClasses } from '@/components/ui/button-styles';
import { readKioskMarker } from '@/lib/kiosk/config';

// The marker cookie is read while rendering (it changes only on enrolment, which reloads the page).
const subscribeToNothing = () => () => undefined;
const readCentreName = () => readKioskMarker(document.cookie)?.centreName ?? null;

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/** Everything this browser keeps for the site, except the kiosk cookies (httpOnly ones go on the server). */
async function clearBrowserStorage() {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage can be switched off; then there is nothing to clear.
  }
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) await caches.delete(name);
  }
  if (typeof indexedDB !== 'undefined' && 'databases' in indexedDB) {
    for (const database of await indexedDB.databases()) if (database.name) indexedDB.deleteDatabase(database.name);
  }
}

/**
 * Kiosk mode, on every page of a PC an LA admin enrolled (it has the marker cookie): a discreet banner with
 * "send this to my phone", "print this", "ask someone here" and "finish and clear", and the idle reset. After
 * idleSeconds without input a warning gives warningSeconds (at least 20) to press "I'm still here"; then the
 * server signs out and drops every cookie but the kiosk's, this page clears storage and caches, and the
 * welcome screen replaces this page in the history. Render it inside <Suspense> (it reads the search params). Personal pages are never stored (no-store), so Back
 * after a reset asks the server again and finds nobody signed in.
 */
export function KioskMode({
  idleSeconds,
  warningSeconds,
  resetAction,
}: {
  idleSeconds: number;
  warningSeconds: number;
  resetAction: () => Promise<void>;
}) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const centreName = useSyncExternalStore(subscribeToNothing, readCentreName, () => null);
  const here = searchParams.size > 0 ? `${pathname}?${searchParams.toString()}` : pathname;
  const [isWarning, setIsWarning] = useState(false);
  const [secondsLeft, setSecondsLeft] = useState(warningSeconds);
  const isResetting = useRef(false);

  const reset = useCallback(async () => {
    if (isResetting.current) return;
    isResetting.current = true;
    try {
      await resetAction();
    } finally {
      await clearBrowserStorage().catch(() => undefined);
      window.location.replace('/kiosk?cleared=1');
    }
  }, [resetAction]);

  const isKiosk = centreName !== null;

  useEffect(() => {
    if (!isKiosk) return;
    // A page brought back from the back-forward cache is the last person's page: ask the server again.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [isKiosk]);

  useEffect(() => {
    if (!isKiosk || isWarning) return;
    const warn = () => {
      setSecondsLeft(warningSeconds);
      setIsWarning(true);
    };
    let timer = window.setTimeout(warn, idleSeconds * 1000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(warn, idleSeconds * 1000);
    };
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, restart, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, restart, { capture: true });
    };
  }, [isKiosk, isWarning, idleSeconds, warningSeconds]);

  useEffect(() => {
    if (!isWarning) return;
    const startedAt = Date.now();
    const tick = window.setInterval(() => {
      setSecondsLeft(Math.max(0, warningSeconds - Math.floor((Date.now() - startedAt) / 1000)));
    }, 1000);
    const end = window.setTimeout(() => void reset(), warningSeconds * 1000);
    return () => {
      window.clearInterval(tick);
      window.clearTimeout(end);
    };
  }, [isWarning, warningSeconds, reset]);

  if (!isKiosk) return null;
  const toolLink = 'inline-flex min-h-11 items-center font-bold';
  return (
    <div data-kiosk-banner className="border-b-2 border-line bg-paper print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-1">
        <p>Shared computer{centreName ? ` at ${centreName}` : ''}. It clears itself when you finish.</p>
        <nav aria-label="This computer">
          <ul className="flex flex-wrap items-center gap-x-5">
            <li>
              <Link href={`/kiosk/send?path=${encodeURIComponent(here)}`} className={toolLink}>
                Send this to my phone
              </Link>
            </li>
            <li>
              <Link href={`/kiosk/print?path=${encodeURIComponent(here)}`} className={toolLink}>
                Print this
              </Link>
            </li>
            <li>
              <Link href="/kiosk/ask" className={toolLink}>
                Ask someone here
              </Link>
            </li>
            <li>
              <button type="button" onClick={() => void reset()} className={buttonClasses('secondary', 'cursor-pointer py-1')}>
                Finish and clear
              </button>
            </li>
          </ul>
        </nav>
      </div>
      {isWarning ? <IdleWarning secondsLeft={secondsLeft} onStay={() => setIsWarning(false)} onFinish={() => void reset()} /> : null}
    </div>
  );
}

/**
 * The "Are you still there?" warning, as the browser's own modal <dialog> (focus kept inside, the rest of
 * the page inert): this banner is on every page, and react-aria's modal would add ~55 KB of compressed
 * JavaScript to each one (docs/performance.md). Escape counts as "I'm still here": pressing a key is activity.
 */
function IdleWarning({ secondsLeft, onStay, onFinish }: { secondsLeft: number; onStay: () => void; onFinish: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Where the person was when the warning opened: the focus goes back there when they stay.
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    stay.current?.focus();
    return () => {
      element.close();
      // React has already taken the dialog out of the page, so the browser cannot put the focus back itself.
      if (returnTo?.isConnected && returnTo !== document.body) returnTo.focus();
    };
  }, []);
  const focusRing =
    'outline-none focus-visible:outline-3 focus-visible:outline-solid focus-visible:outline-ink focus-visible:shadow-[0_0_0_6px_var(--color-focus)]';
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby="kiosk-warning-title"
      aria-describedby="kiosk-warning-text"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border-2 border-ink bg-paper p-6 text-ink shadow-xl backdrop:bg-ink/70"
    >
      <h2 id="kiosk-warning-title" className="text-3xl font-bold">
        Are you still there?
      </h2>
      <p id="kiosk-warning-text" className="mt-4 text-xl">
        To keep your things private, this computer will clear everything in {secondsLeft} seconds.
      </p>
      <div className="mt-6 flex flex-col gap-4">
        <button ref={stay} type="button" onClick={onStay} className={buttonClasses('primary', `min-h-20 cursor-pointer text-2xl ${focusRing}`)}>
          I’m still here
        </button>
        <button type="button" onClick={onFinish} className={buttonClasses('secondary', `cursor-pointer ${focusRing}`)}>
          Finish now and clear
        </button>
      </div>
    </dialog>
  );
}
