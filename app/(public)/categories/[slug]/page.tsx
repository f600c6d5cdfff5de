import type { Metadata } from 'next';
import { Picture } from '@/components/ui/picture';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAreaOfWork } from '@/db/queries/categories';
import { getAreaContext } from '@/lib/auth/area';

type Props = { params: Promise<{ slug: string }> };

/** In the visitor's council area's words, without the kinds of work it hid (decision 035). */
async function loadAreaOfWork(slug: string) {
  return getAreaOfWork({ slug, laId: (await getAreaContext()).id });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const area = await loadAreaOfWork((await params).slug);
  return { title: area?.name ?? 'Page not found' };
}

export default async function AreaOfWorkPage({ params }: Props) {
  const area = await loadAreaOfWork((await params).slug);
  if (!area) notFound();

  return (
    <div>
      <p>
        <Link href="/categories" className="inline-flex min-h-11 items-center">
          Back to all types of work
        </Link>
      </p>
      <div className="mt-2 flex items-center gap-4">
        <Picture src={area.imagePath} alt={area.imageAlt} width={96} height={96} className="size-20 object-cover" />
        <h1 className="text-3xl font-bold">{area.name}</h1>
      </div>
      <p className="mt-4 max-w-prose">{area.description}</p>
      <h2 className="mt-8 text-2xl font-bold">Kinds of work</h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2" aria-label={`Kinds of work in ${area.name}`}>
        {area.kinds.map((kind) => (
          <li key={kind.slug} className="flex items-center gap-4 border-2 border-line bg-paper p-3">
            <Picture src={kind.imagePath} alt={kind.imageAlt} width={64} height={64} className="size-16 shrink-0 object-cover" />
            <div>
              <h3 className="font-bold">{kind.name}</h3>
              <p className="text-base text-muted">{kind.description}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
