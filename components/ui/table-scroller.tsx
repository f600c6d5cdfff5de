import type { ReactNode } from 'react';
import { cn } from './utils';

/**
 * A wide table on a narrow screen scrolls sideways inside its own box, not the whole page. The box can take
 * focus, so people using a keyboard can scroll it too (axe: scrollable-region-focusable), and is named for
 * screen readers.
 */
export function TableScroller({ label, className = 'mt-4', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn('overflow-x-auto', className)}>
      {children}
    </div>
  );
}
