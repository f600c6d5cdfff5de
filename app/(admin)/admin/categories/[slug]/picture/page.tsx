import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/layout/back-link';
import { ProviderPhotoForm } from '@/components/provider-photos/provider-photo-form';
import { buttonClasses } from '@/components/ui/button-styles';
import { getCategoryPictureForAdmin } from '@/db/queries/category-overrides';
import { getAccountSummary } from '@/db/queries/people';
import { requireLaAdmin } from '@/lib/auth/session';
import { setCategoryPictureAction, useServicePictureAction } from './actions';

export const metadata: Metadata = { title: 'Picture for a type of work' };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string | string[] }> };

/** Council admins: their area's own picture for one type of work, or back to the service's (decision 035). */
export default async function CategoryPicturePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const user = await requireLaAdmin(`/admin/categories/${slug}/picture`);
  const [picture, account, { saved }] = await Promise.all([getCategoryPictureForAdmin({ actorId: user.id, slug }), getAccountSummary({ actorId: user.id }), searchParams]);
  if (!picture || !account) notFound();
  const areaName = account.areaName ?? 'your area';
  const shown = picture.own ?? { path: picture.serviceImagePath, alt: picture.serviceImageAlt };

  return (
    <div className="max-w-3xl">
      <BackLink href={`/admin/categories?area=${picture.areaSlug}`}>Back to the words for this type of work</BackLink>
      <h1 className="mt-2 text-3xl font-bold">
        Picture for {picture.name} in {areaName}
      </h1>
      <div role="status" className="mt-4">
        {saved === 'own' || saved === 'service' ? (
          <p className="border-l-4 border-brand bg-paper p-3 font-bold">
            {saved === 'own' ? 'Saved. Young people in your area see your picture now.' : 'Saved. Your area uses the service’s picture again.'}
          </p>
        ) : null}
      </div>
      <h2 className="mt-6 text-2xl font-bold">The picture young people see</h2>
      <figure className="mt-2 flex items-center gap-4">
        {/* eslint-disable-next-line @next/next/no-img-element -- a 96 px picture, already small */}
        <img src={shown.path} alt={shown.alt} width={96} height={96} className="size-24 border-2 border-line bg-paper object-cover" />
        <figcaption>{picture.own ? 'Your area’s own picture.' : 'The picture every area uses.'}</figcaption>
      </figure>
      {picture.own ? (
        <form action={useServicePictureAction} className="mt-4">
          <input type="hidden" name="slug" value={picture.slug} />
          <button type="submit" className={buttonClasses('secondary', 'cursor-pointer')}>
            Use the picture every area uses
          </button>
        </form>
      ) : null}
      <h2 className="mt-8 mb-4 text-2xl font-bold">Use a photo of your own</h2>
      <p className="mb-4 max-w-prose">
        Choose a clear photo of this kind of work near you. We make it small, so it costs young people little data.
      </p>
      <ProviderPhotoForm action={setCategoryPictureAction} formLabel="Use a photo of your own" submitLabel="Use this photo" hidden={{ slug: picture.slug }} />
    </div>
  );
}
