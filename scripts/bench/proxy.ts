// `npm run bench:proxy`: what proxy.ts (the per-request CSP nonce, decision 027) costs on its own, beside
// making the NextRequest alone. Prints microseconds per call for three rounds; no server, no database.
import { NextRequest } from 'next/server';
import { staticContentSecurityPolicy } from '../../lib/security/headers';
import { proxy } from '../../proxy';

const headers = { accept: 'text/html', 'user-agent': 'Mozilla/5.0', cookie: 'a=b; authjs.session-token=xyz', 'accept-language': 'en-GB' };
const url = 'http://localhost:3000/vacancies?q=care';

function time(label: string, run: () => unknown, calls = 20_000) {
  for (let i = 0; i < 2_000; i++) run();
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) run();
  const microseconds = Number(process.hrtime.bigint() - started) / 1000 / calls;
  console.log(`${label}: ${microseconds.toFixed(2)} µs per call`);
}

for (let round = 1; round <= 3; round++) {
  console.log(`Round ${round}`);
  time('  proxy() on /vacancies', () => proxy(new NextRequest(url, { headers })));
  time('  making the NextRequest alone', () => new NextRequest(url, { headers }));
  time('  building the static policy string', () => staticContentSecurityPolicy({ isHttps: false }));
}
