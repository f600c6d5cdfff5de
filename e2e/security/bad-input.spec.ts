import { HOSTILE_INPUTS, EXECUTABLE_MARKERS, type HostileInput } from '../fixtures/hostile-inputs';
import { expect, test } from '../fixtures/test';

// Every public page that reads query parameters, with the parameters it reads. Hostile values go into all
// of them at once, plus `extra` (a parameter no page knows). Plain requests, no browser: fast.
const PAGES: Array<{ path: string; params: string[] }> = [
  { path: '/vacancies', params: ['q', 'area', 'kind', 'type', 'hours', 'postcode', 'age', 'distance', 'sort', 'page', 'noExperience', 'closingSoon'] },
  { path: '/courses', params: ['q', 'area', 'subject', 'lens', 'level', 'mode', 'age', 'starts', 'postcode', 'distance', 'sort', 'page', 'noQualifications'] },
  { path: '/courses/compare', params: ['c'] },
  { path: '/explore/enjoy', params: ['like', 'way', 'now', 'travel', 'postcode'] },
  { path: '/explore/travel', params: ['like', 'way', 'now', 'travel', 'postcode'] },
  { path: '/explore/matches', params: ['like', 'way', 'now', 'travel', 'postcode', 'saved', 'saving'] },
  { path: '/explore/work/mechanic', params: ['like', 'way', 'now', 'travel', 'postcode'] },
  { path: '/categories', params: ['q', 'page'] },
  { path: '/providers', params: ['q', 'page'] },
  { path: '/sign-in', params: ['next'] },
  { path: '/kiosk', params: ['cleared'] },
];

function queryFor(input: HostileInput, params: string[]): string {
  if ('raw' in input) return input.raw;
  const query = new URLSearchParams();
  // A very long value goes into one parameter (and a repeat of it): all of them would pass any server's URL limit.
  const names = input.value.length > 1000 ? params.slice(0, 1) : params;
  for (const name of names) query.append(name, input.value);
  query.append(names[0] ?? 'q', input.value);
  query.append('extra', input.value.slice(0, 1000));
  return query.toString();
}

test('hostile query parameters on every public page: no server error, nothing reflected as HTML, the page still renders', async ({
  request,
}) => {
  test.setTimeout(300_000);
  // The pages behind a link need a real address: one course and one vacancy from the demo.
  const courseList = await (await request.get('/courses?q=care')).text();
  const vacancyList = await (await request.get('/vacancies?q=care')).text();
  const course = /href="(\/courses\/[\w-]+)"/.exec(courseList)?.[1];
  const vacancy = /href="(\/vacancies\/[\w-]+)"/.exec(vacancyList)?.[1];
  expect(course, 'a course link on /courses?q=care').toBeTruthy();
  expect(vacancy, 'a vacancy link on /vacancies?q=care').toBeTruthy();
  const pages = [...PAGES, { path: course!, params: ['postcode', 'saved'] }, { path: vacancy!, params: ['postcode', 'age', 'saved'] }];

  const failures: string[] = [];
  for (const { path, params } of pages) {
    for (const input of HOSTILE_INPUTS) {
      const address = `${path}?${queryFor(input, params)}`;
      const response = await request.get(address, { maxRedirects: 0 });
      const status = response.status();
      const where = `${path} with ${input.name}`;
      if (status >= 500) {
        failures.push(`${where}: ${status}`);
        continue;
      }
      if (status >= 300 && status < 400) continue; // a redirect to a clean address is a fine answer
      const html = await response.text();
      for (const marker of EXECUTABLE_MARKERS) if (marker.test(html)) failures.push(`${where}: the page contains ${marker}`);
      if (status === 200 && !/<h1[\s>]/.test(html)) failures.push(`${where}: no heading`);
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
});
