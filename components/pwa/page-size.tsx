'use client';

import { useEffect, useState } from 'react';

/**
 * "Used about N KB": what the browser really downloaded since this tab opened (the Performance API's
 * transfer sizes, so files already on the phone count as nothing). A few lines, on the settings page only.
 */
export function PageSize() {
  const [kilobytes, setKilobytes] = useState<number | null>(null);
  useEffect(() => {
    const measure = () => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
      setKilobytes(Math.max(1, Math.round(entries.reduce((total, entry) => total + (entry.transferSize || 0), 0) / 1024)));
    };
    if (document.readyState === 'complete') measure();
    else window.addEventListener('load', measure, { once: true });
    return () => window.removeEventListener('load', measure);
  }, []);
  if (kilobytes === null) return null;
  return <p>Since you opened this website, it has used about {kilobytes} KB of data.</p>;
}
