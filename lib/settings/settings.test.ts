import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_SETTINGS,
  htmlAttributesFor,
  isSavingData,
  parseSettingsCookie,
  serializeSettings,
  settingsFormSchema,
  settingsFrom,
  settingsFromForm,
} from './settings';

describe('settings', () => {
  it('gives the defaults when nothing is stored', () => {
    assert.deepEqual(parseSettingsCookie(undefined), DEFAULT_SETTINGS);
    assert.deepEqual(parseSettingsCookie(''), DEFAULT_SETTINGS);
  });

  it('survives a broken cookie', () => {
    assert.deepEqual(parseSettingsCookie('{not json'), DEFAULT_SETTINGS);
    assert.deepEqual(parseSettingsCookie('"a string"'), DEFAULT_SETTINGS);
    assert.deepEqual(parseSettingsCookie('null'), DEFAULT_SETTINGS);
  });

  it('keeps good values when one value is bad', () => {
    const settings = settingsFrom({ textSize: '300', isHighContrast: true, voice: 'xx' });
    assert.equal(settings.textSize, '100');
    assert.equal(settings.isHighContrast, true);
    assert.equal(settings.voice, 'en-GB');
  });

  it('stores only what differs from the defaults, and reads it back the same', () => {
    const settings = { ...DEFAULT_SETTINGS, textSize: '200' as const, hasPictures: false };
    const cookie = serializeSettings(settings);
    assert.equal(cookie, '{"textSize":"200","hasPictures":false}');
    assert.deepEqual(parseSettingsCookie(cookie), settings);
    assert.equal(serializeSettings(DEFAULT_SETTINGS), '{}');
  });

  it('turns the form into settings', () => {
    const parsed = settingsFormSchema.safeParse({
      textSize: '150',
      contrast: 'high',
      motion: 'reduce',
      font: 'readable',
      pictures: 'no',
      readingSpeed: 'slower',
      voice: 'en-IE',
      dataSaver: 'on',
    });
    assert.ok(parsed.success);
    assert.deepEqual(settingsFromForm(parsed.data), {
      textSize: '150',
      isHighContrast: true,
      isMotionReduced: true,
      isReadableFont: true,
      hasPictures: false,
      readingSpeed: 'slower',
      voice: 'en-IE',
      dataSaver: 'on',
    });
  });

  it('refuses a form value that is not one of the choices', () => {
    const parsed = settingsFormSchema.safeParse({ ...DEFAULT_SETTINGS, textSize: '999' });
    assert.equal(parsed.success, false);
  });

  it('describes the look as attributes for <html>', () => {
    assert.deepEqual(htmlAttributesFor({ ...DEFAULT_SETTINGS, isHighContrast: true, hasPictures: false }), {
      'data-text-size': '100',
      'data-contrast': 'high',
      'data-motion': 'standard',
      'data-font': 'standard',
      'data-pictures': 'off',
      'data-reading-speed': 'normal',
      'data-voice': 'en-GB',
      'data-save-data': 'off',
    });
  });
});

describe('isSavingData (Save my data)', () => {
  it('follows the person’s own choice whatever the browser says', () => {
    assert.equal(isSavingData('on', null), true);
    assert.equal(isSavingData('on', 'off'), true);
    assert.equal(isSavingData('off', 'on'), false);
  });

  it('by default, follows the browser’s Save-Data hint', () => {
    assert.equal(isSavingData('auto', 'on'), true);
    assert.equal(isSavingData('auto', ' On '), true);
    assert.equal(isSavingData('auto', null), false);
    assert.equal(isSavingData('auto', 'off'), false);
    assert.equal(isSavingData(DEFAULT_SETTINGS.dataSaver, undefined), false);
  });

  it('is kept in the settings and marked on the page', () => {
    assert.equal(parseSettingsCookie('{"dataSaver":"on"}').dataSaver, 'on');
    assert.equal(parseSettingsCookie('{"dataSaver":"sometimes"}').dataSaver, 'auto');
    assert.equal(htmlAttributesFor(DEFAULT_SETTINGS, { isSavingData: true })['data-save-data'], 'on');
    assert.equal(htmlAttributesFor(DEFAULT_SETTINGS)['data-save-data'], 'off');
  });
});
