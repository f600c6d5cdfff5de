import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SimpleActionForm } from '@/components/forms/simple-action-form';
import { ProviderPhoto } from '@/components/provider-photos/provider-photo';
import { getAreaProviderPhoto } from '@/db/queries/provider-photos';
import { requireLaAdmin } from '@/lib/auth/session';
import { isRecordId } from '@/lib/manage/changes';
import { removePhotoByCouncilAction } from '../actions';

export const metadata: Metadata = { title: 'Remove a photo' };

type Props = { params: Promise<{ id: string }> };

/** Council admins: remove one provider photo in their area, with the reason the provider will read. */
export default async function AdminRemovePhotoPage({ params }: Props) {
  const { id } = await params;
  const user = await requireLaAdmin(`/admin/photos/${id}`);
  if (!isRecordId(id)) notFound();
  const photo = await getAreaProviderPhoto({ actorId: user.id, photoId: id });
  if (!photo) notFound();
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/admin/photos" className="inline-flex min-h-11 items-center">
          Back to providers’ photos
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Remove a photo of {photo.providerName}</h1>
      <div className="mt-4 flex flex-col gap-2 border-l-4 border-line bg-paper p-4">
        <ProviderPhoto photo={photo} isSavingData={false} className="max-h-64" />
        <p>{photo.altText}</p>
      </div>
      <p className="mt-4">The photo goes from the provider’s page at once. Their staff will see the reason you give.</p>
      <SimpleActionForm
        action={removePhotoByCouncilAction}
        hiddenFields={{ photoId: photo.id }}
        fields={[{ name: 'reason', label: 'Why are you removing it?', description: 'For example, it shows a student who did not agree to be in it.' }]}
        submitLabel="Remove the photo"
      />
    </div>
  );
}
