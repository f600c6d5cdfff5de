/**
 * Which council area a visitor who is not signed in sees (decision 035): the area whose host name the request
 * came to, else the area they chose (the ns_area cookie), else the deployment's DEFAULT_AREA, else the first
 * area set up (`areas` comes oldest first).
 * Pure, so it can be tested without a request; lib/auth/area.ts feeds it.
 */
export type AreaWithHosts = { slug: string; hosts: readonly string[] };

/** "Calderdale.Example.org:3000" → "calderdale.example.org". Null for anything that is not a plain host name. */
export function normaliseHost(value: string | null | undefined): string | null {
  if (!value) return null;
  // A proxy may send a list ("a, b"): the first is the one the visitor asked for.
  const first = value.split(',')[0]!.trim().toLowerCase();
  const host = first.startsWith('[') ? first.slice(0, first.indexOf(']') + 1) : first.replace(/:\d+$/, '');
  if (!/^[a-z0-9.\-[\]:]{1,253}$/.test(host)) return null;
  return host.replace(/\.$/, '');
}

/** The area whose own host name this is, if any: then the visitor cannot choose another here. */
export function areaOfHost<A extends AreaWithHosts>(areas: readonly A[], host: string | null | undefined): A | null {
  const wanted = normaliseHost(host);
  if (!wanted) return null;
  return areas.find((area) => area.hosts.some((h) => h.toLowerCase() === wanted)) ?? null;
}

export function chooseArea<A extends AreaWithHosts>(
  areas: readonly A[],
  { host, chosenSlug, defaultSlug }: { host: string | null | undefined; chosenSlug?: string | null; defaultSlug?: string | null },
): A | null {
  const byHost = areaOfHost(areas, host);
  if (byHost) return byHost;
  for (const slug of [chosenSlug, defaultSlug]) {
    const bySlug = slug ? areas.find((area) => area.slug === slug) : undefined;
    if (bySlug) return bySlug;
  }
  return areas[0] ?? null;
}

/**
 * The host name a request was made to. Only a deployment that sits behind a proxy it trusts (TRUST_PROXY_HOST=1)
 * reads x-forwarded-host; otherwise anyone could send one. The Host header itself is what the browser asked for.
 */
export function requestHost(get: (name: string) => string | null, trustForwardedHost: boolean): string | null {
  return (trustForwardedHost ? get('x-forwarded-host') : null) ?? get('host');
}
