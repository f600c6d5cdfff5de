import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { legalMinimumProblem, parsePounds, vacancySchema } from './posting';

const today = '2026-12-02';
const good = {
  title: 'Trainee mechanic',
  type: 'apprenticeship',
  categoryId: '3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  summary: 'Learn to fix cars.',
  whatYoullDo: '',
  wageChoice: 'hour',
  wage: '8.50',
  hoursPerWeek: '37.5',
  postcode: 'hx1 2sp',
  town: 'Halifax',
  closesOn: '2027-01-31',
  places: '',
  isNoExperienceNeeded: 'on',
  isNoQualificationsNeeded: '',
  questions: 'Why do you like cars?\n\n  What do you do in your free time?  ',
  acceptsVoiceAndVideo: 'on',
};

function errorsOf(input: Record<string, string>): Record<string, string> {
  const result = vacancySchema(today).safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe('vacancySchema', () => {
  it('reads a good vacancy', () => {
    const result = vacancySchema(today).parse(good);
    assert.equal(result.postcode, 'HX1 2SP');
    assert.equal(result.wagePence, 850);
    assert.equal(result.wageUnit, 'hour');
    assert.equal(result.hoursType, 'full_time');
    assert.equal(result.places, null);
    assert.equal(result.isNoExperienceNeeded, true);
    assert.equal(result.isNoQualificationsNeeded, false);
    assert.deepEqual(result.questions, ['Why do you like cars?', 'What do you do in your free time?']);
  });

  it('refuses a closing date in the past or today, naming the field', () => {
    assert.equal(errorsOf({ ...good, closesOn: '2026-12-01' }).closesOn, 'The closing date must be in the future');
    assert.equal(errorsOf({ ...good, closesOn: today }).closesOn, 'The closing date must be in the future');
    assert.equal(errorsOf({ ...good, closesOn: 'soon' }).closesOn, 'Enter the closing date, like 2027-01-31');
  });

  it('refuses a missing kind of work', () => {
    assert.equal(errorsOf({ ...good, categoryId: '' }).categoryId, 'Choose the kind of work from the pictures');
  });

  it('refuses pay below the legal minimum', () => {
    assert.equal(errorsOf({ ...good, wage: '7.00' }).wage, 'The pay must be at least £8.00 an hour, the legal minimum for apprentices');
    assert.equal(errorsOf({ ...good, type: 'job', wageChoice: 'week', wage: '200' }).wage, 'The pay must be at least £8.00 an hour, the legal minimum for 16 and 17 year olds');
    assert.deepEqual(errorsOf({ ...good, type: 'job', wageChoice: 'year', wage: '21,000' }), {});
  });

  it('takes the minimum for their age without an amount', () => {
    const result = vacancySchema(today).parse({ ...good, wageChoice: 'minimum', wage: '' });
    assert.equal(result.isMinimumWageForAge, true);
    assert.equal(result.wagePence, null);
  });

  it('refuses unpaid jobs but allows unpaid volunteering', () => {
    assert.equal(errorsOf({ ...good, type: 'job', wageChoice: 'unpaid', wage: '' }).wageChoice, 'Jobs and apprenticeships must be paid');
    assert.deepEqual(errorsOf({ ...good, type: 'volunteering', wageChoice: 'unpaid', wage: '' }), {});
  });

  it('allows three questions at most', () => {
    assert.equal(errorsOf({ ...good, questions: 'a\nb\nc\nd' }).questions, 'Ask 3 questions at most, one on each line');
  });
});

describe('legalMinimumProblem', () => {
  it('leaves training allowances and volunteering alone', () => {
    assert.equal(legalMinimumProblem({ type: 'training_place', wageChoice: 'allowance', wagePence: 3000, hoursPerWeek: 30 }), null);
    assert.equal(legalMinimumProblem({ type: 'volunteering', wageChoice: 'hour', wagePence: 100, hoursPerWeek: 5 }), null);
  });
});

describe('parsePounds', () => {
  it('reads amounts people type', () => {
    assert.equal(parsePounds('£8.50'), 850);
    assert.equal(parsePounds('21,000'), 2100000);
    assert.equal(parsePounds('eight'), null);
  });
});
