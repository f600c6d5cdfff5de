import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type AccessFacts,
  ageOn,
  canConsentAlone,
  decideAccess,
  DEFAULT_PRIVACY_CONFIG,
  grantNeedsParentAgreement,
  isGrantActive,
  needsParentAgreement,
  partsGranted,
  privacyConfigFrom,
} from './access';

const now = new Date('2026-12-01T12:00:00Z');
const minutesFromNow = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const LA = 'la-1';

function facts(overrides: Partial<AccessFacts> = {}): AccessFacts {
  return {
    viewer: { id: 'pa-1', role: 'adviser', laId: LA, canSearchYoungPeople: false },
    youngPerson: { id: 'yp-1', laId: LA, dateOfBirth: '2009-06-01' },
    isOnCaseload: false,
    grants: [],
    reason: null,
    now,
    ...overrides,
  };
}

describe('decideAccess', () => {
  it('lets a young person see all of their own record', () => {
    const decision = decideAccess(facts({ viewer: { id: 'yp-1', role: 'young_person', laId: LA, canSearchYoungPeople: false } }));
    assert.deepEqual(decision, { basis: 'self', parts: ['profile', 'cv', 'applications'] });
  });

  it('gives a PA nothing without a caseload link or consent (the page shows not-found)', () => {
    assert.equal(decideAccess(facts()), null);
  });

  it('gives a PA the basic record of someone on their caseload, and more only with consent', () => {
    assert.deepEqual(decideAccess(facts({ isOnCaseload: true })), { basis: 'caseload', parts: ['profile'] });
    const withCv = facts({ isOnCaseload: true, grants: [{ scope: 'cv', expiresAt: null, revokedAt: null }] });
    assert.deepEqual(decideAccess(withCv), { basis: 'caseload', parts: ['profile', 'cv'] });
  });

  it('gives a PA with consent only what the consent covers', () => {
    const grants = [{ scope: 'applications' as const, expiresAt: null, revokedAt: null }];
    assert.deepEqual(decideAccess(facts({ grants })), { basis: 'consent', parts: ['applications'] });
    const everything = [{ scope: 'everything' as const, expiresAt: null, revokedAt: null }];
    assert.deepEqual(decideAccess(facts({ grants: everything })), { basis: 'consent', parts: ['profile', 'cv', 'applications'] });
  });

  it('stops counting consent the moment it is withdrawn or runs out', () => {
    const withdrawn = [{ scope: 'everything' as const, expiresAt: null, revokedAt: now }];
    assert.equal(decideAccess(facts({ grants: withdrawn })), null);
    const expired = [{ scope: 'everything' as const, expiresAt: minutesFromNow(-1), revokedAt: null }];
    assert.equal(decideAccess(facts({ grants: expired })), null);
    const notYetExpired = [{ scope: 'profile' as const, expiresAt: minutesFromNow(1), revokedAt: null }];
    assert.deepEqual(decideAccess(facts({ grants: notYetExpired })), { basis: 'consent', parts: ['profile'] });
  });

  it('never crosses councils, whatever the link', () => {
    const other = facts({ isOnCaseload: true, youngPerson: { id: 'yp-1', laId: 'la-2', dateOfBirth: null } });
    assert.equal(decideAccess(other), null);
  });

  it('lets a council admin see the basic record only with a written reason', () => {
    const admin = { id: 'admin-1', role: 'la_admin', laId: LA, canSearchYoungPeople: false };
    assert.equal(decideAccess(facts({ viewer: admin })), null);
    assert.equal(decideAccess(facts({ viewer: admin, reason: 'x' })), null);
    assert.deepEqual(decideAccess(facts({ viewer: admin, reason: 'Safeguarding referral from school' })), {
      basis: 'la_admin',
      parts: ['profile'],
    });
  });

  it('lets a PA look anyone up only with the permission and a written reason', () => {
    const reason = 'Came into the centre asking for help';
    assert.equal(decideAccess(facts({ reason })), null);
    const allowed = { id: 'pa-1', role: 'adviser', laId: LA, canSearchYoungPeople: true };
    assert.equal(decideAccess(facts({ viewer: allowed })), null);
    assert.deepEqual(decideAccess(facts({ viewer: allowed, reason })), { basis: 'search_permission', parts: ['profile'] });
  });

  it('never gives provider or employer staff anything without consent, reason or not', () => {
    const provider = { id: 'pr-1', role: 'provider_staff', laId: LA, canSearchYoungPeople: true };
    assert.equal(decideAccess(facts({ viewer: provider, reason: 'I would like to see this record' })), null);
  });

  it('counts consent from someone under the consent age once their parent or carer agreed', () => {
    const agreed = [{ scope: 'cv' as const, expiresAt: null, revokedAt: null, parentAgreedAt: minutesFromNow(-5) }];
    const fourteen = { id: 'yp-1', laId: LA, dateOfBirth: '2012-01-01' };
    const config = { ...DEFAULT_PRIVACY_CONFIG, consentAge: 16 };
    assert.deepEqual(decideAccess(facts({ grants: agreed, youngPerson: fourteen }), config), { basis: 'consent', parts: ['cv'] });
  });

  it('lets a parent or carer see what a young person under the consent age let them, and nothing else', () => {
    const parent = { id: 'pc-1', role: 'parent_carer', laId: LA, canSearchYoungPeople: false };
    const fourteen = { id: 'yp-1', laId: LA, dateOfBirth: '2012-01-01' };
    const config = { ...DEFAULT_PRIVACY_CONFIG, consentAge: 16 };
    const grants = [{ scope: 'cv' as const, expiresAt: null, revokedAt: null }];
    assert.deepEqual(decideAccess(facts({ viewer: parent, grants, youngPerson: fourteen }), config), { basis: 'consent', parts: ['cv'] });
    assert.equal(decideAccess(facts({ viewer: parent, grants: [], youngPerson: fourteen, reason: 'I am their mum and want to see' }), config), null);
    const withdrawn = [{ scope: 'cv' as const, expiresAt: null, revokedAt: minutesFromNow(-1) }];
    assert.equal(decideAccess(facts({ viewer: parent, grants: withdrawn, youngPerson: fourteen }), config), null);
    assert.equal(decideAccess(facts({ viewer: { ...parent, laId: 'la-2' }, grants, youngPerson: fourteen }), config), null);
  });

  it('ignores consent from someone under the consent age', () => {
    const grants = [{ scope: 'everything' as const, expiresAt: null, revokedAt: null }];
    const fourteen = { id: 'yp-1', laId: LA, dateOfBirth: '2012-01-01' };
    const config = { ...DEFAULT_PRIVACY_CONFIG, consentAge: 16 };
    assert.equal(decideAccess(facts({ grants, youngPerson: fourteen }), config), null);
    assert.deepEqual(decideAccess(facts({ grants, youngPerson: fourteen })), { basis: 'consent', parts: ['profile', 'cv', 'applications'] });
  });
});

describe('canConsentAlone', () => {
  it('uses the configured age, 13 by default', () => {
    assert.equal(canConsentAlone('2013-12-01', now, DEFAULT_PRIVACY_CONFIG), true);
    assert.equal(canConsentAlone('2013-12-02', now, DEFAULT_PRIVACY_CONFIG), false);
    assert.equal(canConsentAlone('2011-06-01', now, { ...DEFAULT_PRIVACY_CONFIG, consentAge: 16 }), false);
  });

  it('with no date of birth, allows it only while the consent age is the youngest age the service is for', () => {
    assert.equal(canConsentAlone(null, now, DEFAULT_PRIVACY_CONFIG), true);
    assert.equal(canConsentAlone(null, now, { ...DEFAULT_PRIVACY_CONFIG, consentAge: 16 }), false);
  });
});

describe('ageOn', () => {
  it('counts a birthday from the day itself', () => {
    assert.equal(ageOn('2009-12-01', now), 17);
    assert.equal(ageOn('2009-12-02', now), 16);
  });
});

describe('grants', () => {
  it('a grant withdrawn later still counts until then', () => {
    assert.equal(isGrantActive({ scope: 'cv', expiresAt: null, revokedAt: minutesFromNow(5) }, now), true);
  });

  it('partsGranted keeps the record order', () => {
    const grants = [
      { scope: 'applications' as const, expiresAt: null, revokedAt: null },
      { scope: 'profile' as const, expiresAt: null, revokedAt: null },
    ];
    assert.deepEqual(partsGranted(grants, now), ['profile', 'applications']);
  });
});

describe('privacyConfigFrom', () => {
  it('reads CONSENT_AGE, and ignores nonsense', () => {
    assert.equal(privacyConfigFrom({}).consentAge, 13);
    assert.equal(privacyConfigFrom({ CONSENT_AGE: '16' }).consentAge, 16);
    assert.equal(privacyConfigFrom({ CONSENT_AGE: '9' }).consentAge, 13);
    assert.equal(privacyConfigFrom({ CONSENT_AGE: 'sixteen' }).consentAge, 13);
  });
});

describe('grantNeedsParentAgreement', () => {
  // Ages 12 to 17 against consent ages 13 (today) and 16 (if it rises): agreement is needed below the age only.
  const expected: Record<number, Record<number, boolean>> = {
    13: { 12: true, 13: false, 14: false, 15: false, 16: false, 17: false },
    16: { 12: true, 13: true, 14: true, 15: true, 16: false, 17: false },
  };
  for (const consentAge of [13, 16]) {
    for (const age of [12, 13, 14, 15, 16, 17]) {
      it(`at ${age} with consent age ${consentAge}, a grant to an adviser ${expected[consentAge]![age] ? 'needs' : 'does not need'} a parent or carer to agree`, () => {
        const config = { ...DEFAULT_PRIVACY_CONFIG, consentAge };
        assert.equal(grantNeedsParentAgreement(age, 'adviser', config), expected[consentAge]![age]);
        assert.equal(grantNeedsParentAgreement(age, 'provider_staff', config), expected[consentAge]![age]);
        // What they let their own parent or carer see never waits for that parent or carer.
        assert.equal(grantNeedsParentAgreement(age, 'parent_carer', config), false);
      });
    }
  }

  it('works from a date of birth, and takes no date of birth as the youngest age', () => {
    const config16 = { ...DEFAULT_PRIVACY_CONFIG, consentAge: 16 };
    assert.equal(needsParentAgreement('2011-12-01', now, 'adviser', config16), true); // 15 today
    assert.equal(needsParentAgreement('2010-12-01', now, 'adviser', config16), false); // 16 today
    assert.equal(needsParentAgreement(null, now, 'adviser', config16), true);
    assert.equal(needsParentAgreement(null, now, 'adviser', DEFAULT_PRIVACY_CONFIG), false);
  });
});
