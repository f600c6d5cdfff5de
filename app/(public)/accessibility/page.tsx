import type { Metadata } from 'next';
import Link from 'next/link';
import { SERVICE_NAME } from '@/lib/site';

export const metadata: Metadata = { title: 'Accessibility statement' };

const linkClass = 'inline-flex min-h-11 items-center';

/** The accessibility statement, in the GOV.UK model, kept honest: what works, what does not yet, how to tell us. */
export default function AccessibilityStatementPage() {
  return (
    <div className="flex max-w-prose flex-col gap-4">
      <h1 className="text-3xl font-bold">Accessibility statement</h1>
      <p>
        {SERVICE_NAME} is run by your local council. We want as many people as possible to be able to use it.
        This page says how accessible it is, what does not work well yet, and how to tell us about a problem.
      </p>

      <h2 className="mt-4 text-2xl font-bold">What you can do</h2>
      <ul className="list-disc pl-6">
        <li>Hear any page read aloud. Press “Listen to this page”, or Listen on one part of a page.</li>
        <li>Make the text bigger, up to double size, without anything being cut off.</li>
        <li>Choose strong colours, easier to read letters, or no pictures.</li>
        <li>Stop things moving on the screen.</li>
        <li>Use the website with only a keyboard, or with a screen reader.</li>
        <li>Zoom in up to 400% on a computer.</li>
        <li>Search and apply without JavaScript.</li>
      </ul>
      <p>
        <Link href="/settings" className={linkClass}>
          Change your settings
        </Link>
      </p>
      <p>
        <Link href="/easy-read" className={linkClass}>
          Read our easy read pages
        </Link>
      </p>

      <h2 className="mt-4 text-2xl font-bold">How accessible this website is</h2>
      <p>We test every page against the Web Content Accessibility Guidelines (WCAG) 2.2, level AA.</p>
      <p>We know some parts are not fully accessible yet:</p>
      <ul className="list-disc pl-6">
        <li>Reading aloud uses your device’s own voice. Some older phones do not have one.</li>
        <li>No page has a recording of a real person reading it yet. The easy read pages have a recording made with a computer voice.</li>
        <li>Videos from colleges and employers may not all have captions yet.</li>
        <li>Without JavaScript, the Listen buttons cannot work. Your phone’s own screen reader still can, and the easy read recordings still play.</li>
      </ul>

      <h2 className="mt-4 text-2xl font-bold">Tell us about a problem</h2>
      <p>
        If something does not work for you, ask your adviser or the staff at your youth centre to tell us. We
        will reply within 10 working days.
      </p>
      <p>If you need information in another format, like large print or audio, ask them too.</p>

      <h2 className="mt-4 text-2xl font-bold">If you are not happy with our reply</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) makes sure public services follow the accessibility
        rules. If you are not happy with how we answer you, contact the Equality Advisory and Support Service
        (EASS).
      </p>

      <h2 className="mt-4 text-2xl font-bold">How we test this website</h2>
      <p>Every page is checked by an automatic tool (axe) on a phone screen and a computer screen, every time we change it.</p>
      <p>We check the main journeys with only a keyboard, with double-size text and without JavaScript.</p>
      <p>A content check stops long sentences and words we never use.</p>
      <p>We have not yet had a full audit by an outside accessibility expert. We plan to.</p>
      <p>This statement was last checked on 1 December 2026.</p>
    </div>
  );
}
