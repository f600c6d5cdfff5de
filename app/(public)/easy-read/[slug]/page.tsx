import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { GuideStep } from '@/components/prospectus/guide-step';
import { PageRecording } from '@/components/read-aloud/page-recording';
import { EXPLAINERS, findExplainer } from '@/lib/easy-read/explainers';
import { EXPLAINER_RECORDINGS, explainerRecordingSources } from '@/lib/easy-read/recordings';
import { EXPLAINER_PAGE_WORDS } from '@/lib/easy-read/script';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return EXPLAINERS.map((explainer) => ({ slug: explainer.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const explainer = findExplainer((await params).slug);
  return { title: explainer ? `${explainer.title} (easy read)` : 'Page not found' };
}

export default async function ExplainerPage({ params }: Props) {
  const explainer = findExplainer((await params).slug);
  if (!explainer) notFound();
  const recording = EXPLAINER_RECORDINGS[explainer.slug];
  return (
    <div className="flex flex-col gap-8">
      <div>
        <p className="text-lg font-bold text-muted">{EXPLAINER_PAGE_WORDS.before}</p>
        <h1 className="text-3xl font-bold">{explainer.title}</h1>
      </div>
      {recording ? (
        <PageRecording sources={explainerRecordingSources(explainer.slug)} starts={recording.starts} label={`Recording: ${explainer.title}`} />
      ) : null}
      {explainer.steps.map((step) => (
        <GuideStep key={step.heading} heading={step.heading} imageSrc={step.image}>
          {step.sentences.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </GuideStep>
      ))}
      <p>
        <Link href="/easy-read" className="inline-flex min-h-11 items-center">
          {EXPLAINER_PAGE_WORDS.after}
        </Link>
      </p>
    </div>
  );
}
