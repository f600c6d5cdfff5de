'use client';

import { useEffect } from 'react';

/** GOV.UK pattern: after a failed submit the page title starts with "Error: ", so screen readers hear it first. */
export function useErrorTitle(hasErrors: boolean) {
  useEffect(() => {
    const title = document.title.replace(/^Error: /, '');
    document.title = hasErrors ? `Error: ${title}` : title;
  }, [hasErrors]);
}
