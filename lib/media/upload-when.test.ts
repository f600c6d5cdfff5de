import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideUpload } from './upload-when';

describe('decideUpload: when a recording kept on the phone is sent', () => {
  it('waits for a signal when offline, even if they asked to send it anyway', () => {
    assert.deepEqual(decideUpload({ connection: { isOnline: false }, isSavingData: false }), { send: false, waitFor: 'signal' });
    assert.deepEqual(decideUpload({ connection: { isOnline: false, type: 'wifi' }, isSavingData: true, isSendAnyway: true }), {
      send: false,
      waitFor: 'signal',
    });
    assert.deepEqual(decideUpload({ connection: { isOnline: true, type: 'none' }, isSavingData: false }), { send: false, waitFor: 'signal' });
  });

  it('sends straight away when Save my data is off, whatever the connection', () => {
    for (const type of ['cellular', 'wifi', undefined]) {
      assert.deepEqual(decideUpload({ connection: { isOnline: true, type }, isSavingData: false }), { send: true });
    }
  });

  it('with Save my data on, sends on Wi-Fi or a cable', () => {
    assert.deepEqual(decideUpload({ connection: { isOnline: true, type: 'wifi' }, isSavingData: true }), { send: true });
    assert.deepEqual(decideUpload({ connection: { isOnline: true, type: 'ethernet' }, isSavingData: true }), { send: true });
  });

  it('with Save my data on, waits for Wi-Fi on mobile data', () => {
    assert.deepEqual(decideUpload({ connection: { isOnline: true, type: 'cellular' }, isSavingData: true }), {
      send: false,
      waitFor: 'wifi',
      isTypeKnown: true,
    });
  });

  it('with Save my data on and no connection type from the browser, waits for the person to choose', () => {
    assert.deepEqual(decideUpload({ connection: { isOnline: true }, isSavingData: true }), { send: false, waitFor: 'wifi', isTypeKnown: false });
    assert.deepEqual(decideUpload({ connection: { isOnline: true, type: 'unknown' }, isSavingData: true }), {
      send: false,
      waitFor: 'wifi',
      isTypeKnown: false,
    });
  });

  it('sends on mobile data when the person says so', () => {
    assert.deepEqual(decideUpload({ connection: { isOnline: true, type: 'cellular' }, isSavingData: true, isSendAnyway: true }), { send: true });
    assert.deepEqual(decideUpload({ connection: { isOnline: true }, isSavingData: true, isSendAnyway: true }), { send: true });
  });
});
