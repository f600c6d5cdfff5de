import type { RateLimitRule } from '@/lib/sign-in/rate-limits';

/**
 * The limit on public media (story clips and captions, provider photos) per network address, counted in the
 * database like the sign-in limits so every app server shares it. A youth centre's wifi is one address: 30
 * people each watching a few stories (a player asks for a clip in several byte ranges) and browsing provider
 * pages stay far below 3,000 requests in 10 minutes; a script pulling every file does not.
 * PUBLIC_MEDIA_PER_NETWORK changes the number (the end-to-end suite raises it).
 */
export function publicMediaLimitFrom(env: Record<string, string | undefined>): RateLimitRule {
  const value = Number(env.PUBLIC_MEDIA_PER_NETWORK);
  return { limit: Number.isInteger(value) && value >= 1 ? value : 3000, windowSeconds: 10 * 60 };
}

/** The network a request comes from: the first X-Forwarded-For address (set by the proxy in front), else "direct". */
export function networkOf(headers: Headers): string {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? '';
  // Only an address-like value becomes part of a key: nobody can make very long or odd keys.
  return /^[0-9a-fA-F.:]{2,45}$/.test(first) ? first.toLowerCase() : 'direct';
}

/** The answer once the limit is reached: plain text, with when to try again. */
export function tooManyMediaRequests(retryAfterSeconds: number): Response {
  return new Response('Too many requests. Try again in a few minutes.', {
    status: 429,
    headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
