/*
 * The browser's offer to install (beforeinstallprompt) can come on any page, before /my has loaded. The
 * service worker registration (on every page) keeps it here, and stops Chrome's own banner from popping
 * up: we ask once, on /my, and never again after "No thanks" (decision 017).
 */

export type InstallPromptEvent = Event & {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

export const INSTALL_DISMISSED_KEY = 'ns-install-dismissed';
export const INSTALLABLE_EVENT = 'ns-installable';

let kept: InstallPromptEvent | null = null;

export function captureInstallPrompt() {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    kept = event as InstallPromptEvent;
    window.dispatchEvent(new Event(INSTALLABLE_EVENT));
  });
}

/** The kept offer, if the browser made one on this visit. */
export function readInstallPrompt(): InstallPromptEvent | null {
  return kept;
}

/** An offer can be used only once. */
export function forgetInstallPrompt() {
  kept = null;
}
