import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { areaProviderSchema, AREA_PROVIDER_FIELDS, LAST_ADMIN_MESSAGE, lastAdminProblem, lastSignIn, newProviderSchema, newStaffAccountSchema, staffRoleSchema } from './staff-accounts';

const blank = { name: '', email: '', phone: '', role: '', providerId: '', employerId: '', centreId: '' };
const fieldsWithErrors = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((issue) => issue.path[0]);

describe('newStaffAccountSchema', () => {
  it('normalises the email and mobile number and keeps only the organisation the role needs', () => {
    const result = newStaffAccountSchema.parse({
      name: ' Pat Lee ',
      email: ' Pat@College.Example ',
      phone: '07700 900123',
      role: 'provider_staff',
      providerId: 'p1',
      employerId: 'e1',
      centreId: 'c1',
    });
    assert.deepEqual(result, { name: 'Pat Lee', email: 'pat@college.example', phone: '+447700900123', role: 'provider_staff', providerId: 'p1', employerId: null, centreId: null });
  });

  it('accepts a mobile number without an email address', () => {
    const result = newStaffAccountSchema.parse({ ...blank, name: 'Sam', phone: '+44 7700 900124', role: 'adviser' });
    assert.equal(result.email, null);
    assert.equal(result.phone, '+447700900124');
  });

  it('names every missing answer', () => {
    assert.deepEqual(fieldsWithErrors(newStaffAccountSchema.safeParse(blank)), ['name', 'email', 'role']);
  });

  it('asks which provider or employer for their staff', () => {
    assert.deepEqual(fieldsWithErrors(newStaffAccountSchema.safeParse({ ...blank, name: 'A', email: 'a@b.example', role: 'provider_staff' })), ['providerId']);
    assert.deepEqual(fieldsWithErrors(newStaffAccountSchema.safeParse({ ...blank, name: 'A', email: 'a@b.example', role: 'employer_staff' })), ['employerId']);
  });

  it('refuses a bad email, a landline and a role a council cannot give', () => {
    assert.deepEqual(fieldsWithErrors(newStaffAccountSchema.safeParse({ ...blank, name: 'A', email: 'not an email', phone: '01422 123456', role: 'young_person' })), ['email', 'phone', 'role']);
  });
});

describe('staffRoleSchema', () => {
  it('drops the provider when someone becomes an adviser', () => {
    assert.deepEqual(staffRoleSchema.parse({ role: 'adviser', providerId: 'p1', employerId: '' }), { role: 'adviser', providerId: null, employerId: null, centreId: null });
  });

  it('keeps an adviser’s centre, and drops it for any other role', () => {
    assert.deepEqual(staffRoleSchema.parse({ role: 'adviser', providerId: '', employerId: '', centreId: ' c1 ' }), { role: 'adviser', providerId: null, employerId: null, centreId: 'c1' });
    assert.equal(staffRoleSchema.parse({ role: 'la_admin', providerId: '', employerId: '', centreId: 'c1' }).centreId, null);
    assert.equal(staffRoleSchema.parse({ role: 'provider_staff', providerId: 'p1', employerId: '', centreId: 'c1' }).centreId, null);
  });

  it('lets an adviser work at no centre', () => {
    assert.equal(newStaffAccountSchema.parse({ ...blank, name: 'Sam', email: 'sam@council.example', role: 'adviser' }).centreId, null);
  });
});

describe('newProviderSchema', () => {
  it('adds https to a bare web address and checks the kind', () => {
    const result = newProviderSchema.parse({ name: 'Brig College', kind: 'college', summary: 'Courses for 16 to 18', website: 'www.brig.ac.uk', email: '' });
    assert.equal(result.website, 'https://www.brig.ac.uk/');
    assert.equal(result.email, null);
    assert.deepEqual(fieldsWithErrors(newProviderSchema.safeParse({ name: '', kind: 'zoo', summary: '', website: 'nope', email: 'x' })), ['name', 'kind', 'summary', 'website', 'email']);
  });
});

describe('lastAdminProblem', () => {
  const admin = { role: 'la_admin', isActive: true };
  it('stops the last active admin being turned off or given another role', () => {
    assert.equal(lastAdminProblem({ target: admin, change: { kind: 'deactivate' }, activeAdminCount: 1 }), LAST_ADMIN_MESSAGE);
    assert.equal(lastAdminProblem({ target: admin, change: { kind: 'role', to: 'adviser' }, activeAdminCount: 1 }), LAST_ADMIN_MESSAGE);
  });
  it('lets it happen when another admin is still active', () => {
    assert.equal(lastAdminProblem({ target: admin, change: { kind: 'deactivate' }, activeAdminCount: 2 }), null);
    assert.equal(lastAdminProblem({ target: admin, change: { kind: 'role', to: 'adviser' }, activeAdminCount: 2 }), null);
  });
  it('never blocks changes to other accounts, or keeping an admin an admin', () => {
    assert.equal(lastAdminProblem({ target: admin, change: { kind: 'role', to: 'la_admin' }, activeAdminCount: 1 }), null);
    assert.equal(lastAdminProblem({ target: { role: 'adviser', isActive: true }, change: { kind: 'deactivate' }, activeAdminCount: 1 }), null);
    assert.equal(lastAdminProblem({ target: { role: 'la_admin', isActive: false }, change: { kind: 'role', to: 'adviser' }, activeAdminCount: 1 }), null);
  });
});

describe('lastSignIn', () => {
  it('is the later of the two proofs', () => {
    const early = new Date('2026-01-01T09:00:00Z');
    const late = new Date('2026-02-01T09:00:00Z');
    assert.equal(lastSignIn(early, late), late);
    assert.equal(lastSignIn(late, null), late);
    assert.equal(lastSignIn(null, null), null);
  });
});

describe('areaProviderSchema (a council admin changes a provider)', () => {
  const good = {
    name: ' Calder College ',
    kind: 'college',
    summary: 'Courses for 16 to 18 year olds.',
    description: '',
    supportInfo: '',
    textNumber: '07700 900 123',
    website: 'www.calder.ac.uk',
    email: 'Hello@Calder.ac.uk',
    phone: '01422  123456',
  };

  it('tidies what was typed, and lets "what they offer" stay empty', () => {
    const result = areaProviderSchema.parse(good);
    assert.equal(result.name, 'Calder College');
    assert.equal(result.description, '');
    assert.equal(result.textNumber, '+447700900123');
    assert.equal(result.website, 'https://www.calder.ac.uk/');
    assert.equal(result.email, 'hello@calder.ac.uk');
    assert.equal(result.phone, '01422 123456');
  });

  it('names each wrong field, in the order of the form', () => {
    const result = areaProviderSchema.safeParse({ ...good, name: '', website: 'not a website', phone: '12', email: 'nope' });
    assert.equal(result.success, false);
    const fields = result.error?.issues.map((issue) => String(issue.path[0]));
    assert.deepEqual(fields, ['name', 'website', 'email', 'phone']);
    assert.deepEqual(
      fields,
      AREA_PROVIDER_FIELDS.filter((field) => fields?.includes(field)),
    );
  });

  it('keeps empty contact details empty', () => {
    const result = areaProviderSchema.parse({ ...good, textNumber: '', website: '', email: '', phone: '' });
    assert.deepEqual([result.textNumber, result.website, result.email, result.phone], [null, null, null, null]);
  });
});
