'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { buttonClasses } from '@/components/ui/button-styles';

/**
 * When a page or a form cannot reach us (no signal, or something broke on our side): plain words, no
 * technical detail, and a way on. Forms save as they go, so what was saved is still there after "Try again".
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = 'Sorry, something went wrong – Next Steps';
    heading.current?.focus();
  }, []);
  return (
    <div className="max-w-xl" role="alert">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold">
        Sorry, something went wrong
      </h1>
      <p className="mt-4">We could not do that just now. Maybe the signal dropped, or we have a problem.</p>
      <p className="mt-4">Anything you saved is still saved. Your answers are not lost.</p>
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={reset} className={buttonClasses('primary')}>
          Try again
        </button>
        <Link href="/" className="inline-flex min-h-11 items-center">
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
