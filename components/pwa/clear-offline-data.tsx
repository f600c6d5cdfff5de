'use client';

import { useEffect } from 'react';
import { clearSavedPages } from './clear-saved-pages';

/** On the signed-out page: clears what this device kept for offline use by the person who just left. */
export function ClearOfflineData() {
  useEffect(() => {
    void clearSavedPages().catch(() => undefined);
  }, []);
  return null;
}
