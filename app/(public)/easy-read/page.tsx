import type { Metadata } from 'next';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { EXPLAINERS } from '@/lib/easy-read/explainers';

export const metadata: Metadata = { title: 'Easy read' };

export default function EasyReadPage() {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Easy read</h1>
      <p className="max-w-prose">Short pages with pictures about how this website works. Press Listen to hear them.</p>
      <PictureChoiceGroup label="Easy read pages">
        {EXPLAINERS.map((explainer) => (
          <PictureChoiceCard
            key={explainer.slug}
            href={`/easy-read/${explainer.slug}`}
            label={explainer.title}
            description={explainer.summary}
            imageSrc={explainer.image}
          />
        ))}
      </PictureChoiceGroup>
    </div>
  );
}
