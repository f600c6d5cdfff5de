'use client';

import { useEffect } from 'react';
import { clearPersonalPages } from './clear-saved-pages';

/**
 * On the sign-in page: whoever signs in next on this device must not find the last person's CV or saved
 * pages offline, even if that person left without signing out (decision 028). Their own pages come back the
 * next time they open them online. Answers kept on the phone are left alone: they belong to a draft only
 * its owner can open, and deleting them could lose words that never reached the server.
 */
export function ForgetPersonalPages() {
  useEffect(() => {
    void clearPersonalPages().catch(() => undefined);
  }, []);
  return null;
}
