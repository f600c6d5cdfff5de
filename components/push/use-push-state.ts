'use client';

import { useEffect, useState } from 'react';
import { onPushChanged, type PushState, readPushState } from './browser-push';

/**
 * Whether push is on in this browser ('checking' until it is known), kept up to date when another control on
 * the page turns it on or off. `setState` is for the control's own changes.
 */
export function usePushState(knownEndpoints: string[]) {
  const [state, setState] = useState<PushState>('checking');
  useEffect(() => {
    let isCurrent = true;
    readPushState(knownEndpoints)
      .then((found) => isCurrent && setState(found))
      .catch(() => isCurrent && setState('unsupported'));
    const stop = onPushChanged(setState);
    return () => {
      isCurrent = false;
      stop();
    };
  }, [knownEndpoints]);
  return [state, setState] as const;
}
