'use client';

import { Picture } from '@/components/ui/picture';
import { type ChangeEvent, useState } from 'react';
import { type PushState, turnPushOn, type TurnOnPush } from './browser-push';
import { usePushState } from './use-push-state';

const REASONS: Partial<Record<PushState, string>> = {
  unsupported: 'This phone cannot get these.',
  blocked: 'Blocked in your browser settings.',
};

/**
 * The "Notification on this phone" card in a group of channel choices. Choosing it, when push is not on
 * here yet, asks the browser for permission and turns it on; if the person says no, the group goes back to
 * what was saved. Disabled, with the reason, where this browser cannot do it (unless it is already chosen,
 * so saving the form never drops the choice).
 */
export function PushChoice({
  name,
  label,
  imagePath,
  isChosen,
  publicKey,
  knownEndpoints,
  turnOnAction,
  className,
}: {
  name: string;
  label: string;
  imagePath: string;
  isChosen: boolean;
  publicKey: string;
  knownEndpoints: string[];
  turnOnAction: TurnOnPush;
  className: string;
}) {
  const [state, setState] = usePushState(knownEndpoints);
  const [message, setMessage] = useState('');

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    if (!input.checked || state === 'on') return;
    setMessage('Say yes on your phone to get notifications.');
    let next: PushState = 'off';
    try {
      next = await turnPushOn(publicKey, turnOnAction);
    } catch {
      next = 'off';
    }
    setState(next);
    if (next === 'on') {
      setMessage('Notifications are on for this phone.');
      return;
    }
    // Back to what was saved: a choice that cannot work is never left picked.
    const saved = Array.from(input.form?.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`) ?? []).find((radio) => radio.defaultChecked);
    if (saved && saved !== input) saved.checked = true;
    else input.checked = false;
    setMessage(next === 'blocked' ? 'Notifications are blocked. Choose another way.' : 'Notifications were not turned on. Choose another way.');
  }

  const isDisabled = !isChosen && (state === 'checking' || state === 'unsupported' || state === 'blocked');
  const reason = isDisabled ? REASONS[state] : undefined;
  const messageId = `${name}-push-message`;
  return (
    // The reason sits outside the label, so the radio's name stays "Notification on this phone".
    <div className="flex w-40 flex-col gap-1">
      <label className={`${className} ${isDisabled ? 'cursor-not-allowed opacity-75' : ''}`}>
        <Picture src={imagePath} alt="" width={64} height={64} className="size-16" />
        <span className="flex items-center gap-2">
          <input
            type="radio"
            name={name}
            value="push"
            defaultChecked={isChosen}
            disabled={isDisabled}
            onChange={choose}
            aria-describedby={messageId}
            className="size-6 shrink-0 accent-brand"
          />
          {label}
        </span>
      </label>
      <p id={messageId} className="text-base" aria-live="polite">
        {reason ?? message}
      </p>
    </div>
  );
}
