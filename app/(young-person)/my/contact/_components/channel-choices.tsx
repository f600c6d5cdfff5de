import { Picture } from '@/components/ui/picture';
import { PushChoice } from '@/components/push/push-choice';
import type { TurnOnPush } from '@/components/push/browser-push';
import type { ChannelChoice } from '@/lib/notifications/rules';
import { CHANNEL_WORDS } from '@/lib/notifications/words';

/**
 * Picture cards for one kind of message, as plain browser radio buttons so the form works without
 * JavaScript. The whole card is the label; the chosen card has a thick border and bold words, not just colour.
 */
export function ChannelChoices({
  name,
  legend,
  hint,
  value,
  choices,
  push,
}: {
  name: string;
  legend: string;
  hint: string;
  value: ChannelChoice;
  choices: ChannelChoice[];
  /** For the push card: the service's public key, this person's browsers with push on, and the action. */
  push?: { publicKey: string; knownEndpoints: string[]; turnOnAction: TurnOnPush };
}) {
  const cardClasses =
    'flex w-40 cursor-pointer flex-col items-center gap-2 border-2 border-line bg-paper p-3 text-center text-ink has-[:checked]:border-4 has-[:checked]:border-ink has-[:checked]:font-bold has-[:focus-visible]:shadow-[0_0_0_4px_var(--color-focus)]';
  const hintId = `${name}-hint`;
  return (
    <fieldset aria-describedby={hintId} className="flex flex-col gap-2">
      <legend className="mb-1 text-xl font-bold text-ink">{legend}</legend>
      <p id={hintId} className="text-base text-muted">
        {hint}
      </p>
      <div className="flex flex-wrap items-start gap-3">
        {choices.map((choice) =>
          choice === 'push' ? (
            push ? (
              <PushChoice
                key={choice}
                name={name}
                label={CHANNEL_WORDS.push.label}
                imagePath={CHANNEL_WORDS.push.imagePath}
                isChosen={value === 'push'}
                className={cardClasses}
                {...push}
              />
            ) : null
          ) : (
          <label key={choice} className={cardClasses}>
            <Picture src={CHANNEL_WORDS[choice].imagePath} alt="" width={64} height={64} className="size-16" />
            <span className="flex items-center gap-2">
              <input type="radio" name={name} value={choice} defaultChecked={choice === value} className="size-6 shrink-0 accent-brand" />
              {CHANNEL_WORDS[choice].label}
            </span>
          </label>
          ),
        )}
      </div>
    </fieldset>
  );
}
