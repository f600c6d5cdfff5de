import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canSeeContactDetails, namedStaffForFlag, withContactDetailsFor } from './safety';

const details = { postcode: 'HX1 2SP', phone: '+447700900123', email: 'jo@example.com', name: 'Jo' };

test('with no flag, staff who may see the record see the contact details', () => {
  assert.equal(canSeeContactDetails({ isOn: false, namedStaffIds: [] }, 'anyone'), true);
  assert.deepEqual(withContactDetailsFor(details, { isOn: false, namedStaffIds: [] }, 'anyone'), { ...details, isHiddenForSafety: false });
});

test('with the flag on, only named staff see them; the rest of the record is unchanged', () => {
  const flag = { isOn: true, namedStaffIds: ['sam'] };
  assert.equal(canSeeContactDetails(flag, 'sam'), true);
  assert.equal(canSeeContactDetails(flag, 'priya'), false);
  assert.deepEqual(withContactDetailsFor(details, flag, 'priya'), { postcode: null, phone: null, email: null, name: 'Jo', isHiddenForSafety: true });
  assert.deepEqual(withContactDetailsFor(details, flag, 'sam'), { ...details, isHiddenForSafety: false });
});

test('hiding adds no fields the caller did not have', () => {
  assert.deepEqual(withContactDetailsFor({ phone: '+447700900123' }, { isOn: true, namedStaffIds: [] }, 'x'), { phone: null, isHiddenForSafety: true });
});

test('the person setting the flag is always named, and only allowed staff can be named', () => {
  assert.deepEqual(namedStaffForFlag({ setById: 'sam', chosen: ['ana', 'sam', 'eve'], allowed: ['sam', 'ana'] }), ['sam', 'ana']);
  assert.deepEqual(namedStaffForFlag({ setById: 'sam', chosen: [], allowed: [] }), ['sam']);
});
