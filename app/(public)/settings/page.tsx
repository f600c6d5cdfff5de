import type { Metadata } from 'next';
import { NativeRadioGroup } from '@/components/ui/native-radio-group';
import { PageSize } from '@/components/pwa/page-size';
import { buttonClasses } from '@/components/ui/button-styles';
import { getCurrentUser } from '@/lib/auth/session';
import { READING_SPEEDS, type ReadingSpeed } from '@/lib/read-aloud/sentences';
import { readDeviceSettings, readIsSavingData } from '@/lib/settings/device';
import { TEXT_SIZE_WORDS, TEXT_SIZES, VOICE_WORDS, VOICES } from '@/lib/settings/settings';
import { resetSettingsAction, saveSettingsAction } from './actions';

export const metadata: Metadata = { title: 'My settings' };

const SPEED_WORDS: Record<ReadingSpeed, string> = { slower: 'Slower', normal: 'Normal', faster: 'Faster' };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string; problem?: string }> }) {
  const [{ saved, problem }, settings, user, isSavingData] = await Promise.all([
    searchParams,
    readDeviceSettings(),
    getCurrentUser(),
    readIsSavingData(),
  ]);

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
        <div className="flex flex-col gap-3">
          <NativeRadioGroup
            name="dataSaver"
            legend="Save my data"
            hint="Photos wait until you tap them, and videos never start by themselves. Recordings you make wait for Wi-Fi. Small pictures stay."
            value={settings.dataSaver}
            options={[
              { value: 'auto', label: 'Let my phone decide' },
              { value: 'on', label: 'Yes, save my data' },
              { value: 'off', label: 'No, show everything' },
            ]}
          />
          <p>{isSavingData ? 'We are saving your data now.' : 'We are not saving data now.'}</p>
          <details>
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-bold underline">How much data things use</summary>
            <ul className="mt-2 flex list-disc flex-col gap-1 pl-6">
              <li>Most pages here: 20 to 100 KB. Pages you have opened before use less.</li>
              <li>A photo: 100 to 500 KB.</li>
              <li>A minute of video: 2 to 10 MB. 1 MB is about 1,000 KB.</li>
            </ul>
            <PageSize />
          </details>
        </div>
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
