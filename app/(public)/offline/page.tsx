import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'You are offline' };

// The service worker keeps a copy of this page and shows it when a page cannot load. Forced static, so
// the copy is the same for everyone and never holds anyone's details.
export const dynamic = 'force-static';

export default function OfflinePage() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">You are offline</h1>
      <p className="mt-4">This page cannot load. You are not online.</p>

      <h2 className="mt-8 text-2xl font-bold">What you can still do</h2>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        <li>open pages you looked at before</li>
        <li>look at things you saved</li>
      </ul>
      <p className="mt-4">To send a form or an application, wait until you are back online.</p>

      <h2 className="mt-8 text-2xl font-bold">Get back online</h2>
      <p className="mt-4">Check that your Wi-Fi or mobile data is turned on. Then try again.</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load, not a client-side one, lets the service worker try the network again */}
      <a
        href="/"
        className="mt-6 inline-flex min-h-11 items-center rounded bg-brand px-6 font-bold text-white no-underline hover:bg-brand-dark hover:text-white"
      >
        Try again
      </a>
    </div>
  );
}
