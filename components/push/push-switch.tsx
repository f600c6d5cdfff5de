'use client';

import { useState } from 'react';
import { buttonClasses } from '@/components/ui/button-styles';
import { type PushState, turnPushOff, turnPushOn, type TurnOnPush } from './browser-push';
import { usePushState } from './use-push-state';

export type PushSwitchWords = Record<Exclude<PushState, 'checking'>, string> & { turnOn: string; turnOff: string };

/**
 * Push on or off for this browser, with a sentence saying which. The browser asks for permission only
 * after the button is pressed.
 */
export function PushSwitch({
  publicKey,
  knownEndpoints,
  turnOnAction,
  turnOffAction,
  words,
  id,
}: {
  publicKey: string;
  knownEndpoints: string[];
  turnOnAction: TurnOnPush;
  turnOffAction: (endpoint: string) => Promise<void>;
  words: PushSwitchWords;
  id: string;
}) {
  const [state, setState] = usePushState(knownEndpoints);
  const [isBusy, setIsBusy] = useState(false);

  async function change(turn: () => Promise<PushState>) {
    setIsBusy(true);
    try {
      setState(await turn());
    } catch {
      setState('off');
    } finally {
      setIsBusy(false);
    }
  }

  if (state === 'checking') return null;
  return (
    <div id={id} className="flex flex-col items-start gap-3">
      <p role="status">{words[state]}</p>
      {state === 'off' ? (
        <button type="button" disabled={isBusy} className={buttonClasses('secondary', 'cursor-pointer')} onClick={() => change(() => turnPushOn(publicKey, turnOnAction))}>
          {words.turnOn}
        </button>
      ) : null}
      {state === 'on' ? (
        <button type="button" disabled={isBusy} className={buttonClasses('secondary', 'cursor-pointer')} onClick={() => change(() => turnPushOff(turnOffAction))}>
          {words.turnOff}
        </button>
      ) : null}
    </div>
  );
}
