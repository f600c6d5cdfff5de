import 'server-only';
import { headers } from 'next/headers';

/** This site's address for links that leave the screen (QR codes, texts): AUTH_URL, else the request's host. */
export async function siteOrigin(): Promise<string> {
  if (process.env.AUTH_URL) return new URL(process.env.AUTH_URL).origin;
  const list = await headers();
  const host = list.get('host') ?? 'localhost';
  return `${list.get('x-forwarded-proto') ?? 'http'}://${host}`;
}
