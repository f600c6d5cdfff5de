'use client';

/**
 * The last resort, when even the page's frame fails: its own <html>, plain words and a way on. Styles may be
 * missing here, so it relies on the browser's own.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <head>
        <title>Sorry, something went wrong – Next Steps</title>
      </head>
      <body>
        <main>
          <h1>Sorry, something went wrong</h1>
          <p>We could not show this page just now. Anything you saved is still saved.</p>
          <p>
            <button type="button" onClick={reset}>
              Try again
            </button>{' '}
            {/* A full page load on purpose: the app's own frame is what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Go to the home page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
