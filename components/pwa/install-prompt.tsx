'use client';

import { useEffect, useState } from 'react';
import { buttonClasses } from '@/components/ui/button-styles';
import { forgetInstallPrompt, INSTALL_DISMISSED_KEY, INSTALLABLE_EVENT, type InstallPromptEvent, readInstallPrompt } from './install-capture';

/**
 * "Add Next Steps to your home screen", on /my only and only when the browser offers to install (Chrome's
 * beforeinstallprompt). "No thanks" (or saying no in the browser's own box) hides it for good on this device.
 */
export function InstallPrompt() {
  const [offer, setOffer] = useState<InstallPromptEvent | null>(null);

  useEffect(() => {
    if (readDismissed()) return;
    const pick = () => {
      const event = readInstallPrompt();
      if (event) setOffer(event);
    };
    pick();
    const hide = () => setOffer(null);
    window.addEventListener(INSTALLABLE_EVENT, pick);
    window.addEventListener('appinstalled', hide);
    return () => {
      window.removeEventListener(INSTALLABLE_EVENT, pick);
      window.removeEventListener('appinstalled', hide);
    };
  }, []);

  if (!offer) return null;

  const dismiss = () => {
    try {
      localStorage.setItem(INSTALL_DISMISSED_KEY, '1');
    } catch {
      // Storage switched off: it hides for now and may come back next visit.
    }
    setOffer(null);
  };
  const install = async () => {
    forgetInstallPrompt();
    await offer.prompt();
    const { outcome } = await offer.userChoice;
    if (outcome === 'dismissed') dismiss();
    else setOffer(null);
  };

  return (
    <section aria-labelledby="install-heading" className="mt-6 border-l-8 border-brand bg-paper p-4">
      <h2 id="install-heading" className="text-xl font-bold">
        Add Next Steps to your home screen
      </h2>
      <p className="mt-2">It opens like an app, and things you saved work with no signal.</p>
      <div className="mt-4 flex flex-wrap gap-4">
        <button type="button" onClick={() => void install()} className={buttonClasses('primary', 'cursor-pointer')}>
          Add to home screen
        </button>
        <button type="button" onClick={dismiss} className={buttonClasses('secondary', 'cursor-pointer')}>
          No thanks
        </button>
      </div>
    </section>
  );
}

function readDismissed(): boolean {
  try {
    return localStorage.getItem(INSTALL_DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}
