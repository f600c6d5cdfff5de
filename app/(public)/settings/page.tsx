import type { Metadata } from 'next';
import { NativeRadioGroup } from '@/components/ui/native-radio-group';
import { buttonClasses } from '@/components/ui/button-styles';
import { getCurrentUser } from '@/lib/auth/session';
import { READING_SPEEDS, type ReadingSpeed } from '@/lib/read-aloud/sentences';
import { readDeviceSettings } from '@/lib/settings/device';
import { TEXT_SIZE_WORDS, TEXT_SIZES, VOICE_WORDS, VOICES } from '@/lib/settings/settings';
import { resetSettingsAction, saveSettingsAction } from './actions';

export const metadata: Metadata = { title: 'My settings' };

const SPEED_WORDS: Record<ReadingSpeed, string> = { slower: 'Slower', normal: 'Normal', faster: 'Faster' };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string; problem?: string }> }) {
  const [{ saved, problem }, settings, user] = await Promise.all([searchParams, readDeviceSettings(), getCurrentUser()]);

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-bold">My settings</h1>
      {saved ? (
        <div role="status" className="border-l-8 border-success bg-paper p-4">
          <h2 className="text-xl font-bold">Your settings are saved</h2>
          <p>{user ? 'They are saved on your account, so they work on any phone or computer.' : 'They are saved on this device.'}</p>
        </div>
      ) : null}
      {problem ? (
        <div role="alert" className="border-l-8 border-error bg-paper p-4">
          <h2 className="text-xl font-bold">There is a problem</h2>
          <p>Something went wrong with your choices. Choose again and press Save.</p>
        </div>
      ) : null}
      <p>Change how this website looks and sounds for you.</p>
      <p>
        {user
          ? 'We keep your settings on your account.'
          : 'We keep your settings on this device. Sign in to keep them on any device.'}
      </p>

      <form action={saveSettingsAction} className="flex flex-col gap-8">
        <NativeRadioGroup
          name="textSize"
          legend="Text size"
          value={settings.textSize}
          options={TEXT_SIZES.map((size) => ({
            value: size,
            label: TEXT_SIZE_WORDS[size],
            preview: <span style={{ fontSize: `${Number(size)}%` }}>Aa</span>,
          }))}
        />
        <NativeRadioGroup
          name="contrast"
          legend="Colours"
          hint="Strong colours make words stand out more."
          value={settings.isHighContrast ? 'high' : 'standard'}
          options={[
            { value: 'standard', label: 'Normal colours' },
            { value: 'high', label: 'Strong colours (high contrast)' },
          ]}
        />
        <NativeRadioGroup
          name="font"
          legend="Letters"
          hint="Some people with dyslexia find wider letters and spaces easier to read."
          value={settings.isReadableFont ? 'readable' : 'standard'}
          options={[
            { value: 'standard', label: 'Normal letters' },
            { value: 'readable', label: 'Easier to read letters', preview: <span className="font-readable">Aa Bb</span> },
          ]}
        />
        <NativeRadioGroup
          name="pictures"
          legend="Pictures"
          hint="Turn pictures off if they get in the way. The words stay."
          value={settings.hasPictures ? 'yes' : 'no'}
          options={[
            { value: 'yes', label: 'Show pictures' },
            { value: 'no', label: 'Hide pictures' },
          ]}
        />
        <NativeRadioGroup
          name="motion"
          legend="Movement"
          value={settings.isMotionReduced ? 'reduce' : 'standard'}
          options={[
            { value: 'standard', label: 'Normal' },
            { value: 'reduce', label: 'Stop things moving' },
          ]}
        />
        <NativeRadioGroup
          name="readingSpeed"
          legend="Reading aloud speed"
          value={settings.readingSpeed}
          options={(Object.keys(READING_SPEEDS) as ReadingSpeed[]).map((speed) => ({ value: speed, label: SPEED_WORDS[speed] }))}
        />
        <NativeRadioGroup
          name="voice"
          legend="Reading aloud voice"
          hint="Your device may not have every voice. If it does not, it uses the voice it has."
          value={settings.voice}
          options={VOICES.map((voice) => ({ value: voice, label: VOICE_WORDS[voice] }))}
        />
        <div>
          <button type="submit" className={buttonClasses('primary')}>
            Save my settings
          </button>
        </div>
      </form>
      <form action={resetSettingsAction}>
        <button type="submit" className={buttonClasses('secondary')}>
          Go back to normal settings
        </button>
      </form>
    </div>
  );
}
