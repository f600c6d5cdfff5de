import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { getAreaSettings } from '@/db/queries/area-settings';
import { findProviders } from '@/db/queries/providers';
import { getAreaContext } from '@/lib/auth/area';
import { describeCourseCount, PROVIDER_KIND_WORDS } from '@/lib/providers/words';

export const metadata: Metadata = { title: 'All providers' };

export default async function ProvidersPage() {
  const area = await getAreaContext();
  const providers = await findProviders({ laId: area.id, now: new Date(), rules: (await getAreaSettings({ laId: area.id })).freshness });

  return (
    <div>
      <h1 className="text-3xl font-bold">All providers</h1>
      <p className="mt-4 max-w-prose">
        Schools, colleges and other places in {area.areaName} where you can learn or train. Tap a name to see its
        courses, open days and how to get there.
      </p>
      {providers.length === 0 ? (
        <p className="mt-6">There are no providers to show yet.</p>
      ) : (
        <ul className="mt-6 grid gap-3 sm:grid-cols-2" aria-label="Providers from A to Z">
          {providers.map((provider) => (
            <li key={provider.slug} className="flex items-center gap-3 border-2 border-line bg-paper p-3">
              <Picture src={provider.imagePath} alt={provider.imageAlt} width={56} height={56} className="size-14 shrink-0" />
              <div className="min-w-0">
                <Link href={`/providers/${provider.slug}`} className="font-bold">
                  {provider.name}
                </Link>
                <p className="text-base text-muted">
                  {PROVIDER_KIND_WORDS[provider.kind]}. {describeCourseCount(provider.courseCount)}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
