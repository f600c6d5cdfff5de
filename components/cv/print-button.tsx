'use client';

import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog (where "Save as PDF" is too). Without JavaScript, the browser's own Print works the same. */
export function PrintButton() {
  return (
    <Button variant="secondary" onPress={() => window.print()}>
      Print or save as PDF
    </Button>
  );
}
