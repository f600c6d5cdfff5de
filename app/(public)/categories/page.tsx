import type { Metadata } from 'next';
import { connection } from 'next/server';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { findAreasOfWork } from '@/db/queries/categories';
import { getAreaContext } from '@/lib/auth/area';

export const metadata: Metadata = { title: 'Types of work' };

export default async function CategoriesPage() {
  await connection();
  const areas = await findAreasOfWork({ laId: (await getAreaContext()).id });

  return (
    <div>
      <h1 className="text-3xl font-bold">Types of work</h1>
      <p className="mt-4 max-w-prose">Tap a picture to see the kinds of work in it.</p>
      {areas.length === 0 ? (
        <p className="mt-6">There are no types of work to show yet.</p>
      ) : (
        <PictureChoiceGroup label="Types of work" className="mt-6">
          {areas.map((area) => (
            <PictureChoiceCard
              key={area.slug}
              href={`/categories/${area.slug}`}
              label={area.name}
              description={`${area.childCount} ${area.childCount === 1 ? 'kind' : 'kinds'} of work`}
              imageSrc={area.imagePath}
              imageAlt={area.imageAlt}
            />
          ))}
        </PictureChoiceGroup>
      )}
    </div>
  );
}
