'use client';

import { Button } from '@/components/ui/button';

/** Opens the browser's print box for the card. */
export function PrintButton() {
  return <Button onPress={() => window.print()}>Print this card</Button>;
}
