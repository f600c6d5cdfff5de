import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CheckedForm, SavedNote } from '@/components/manage/checked-form';
import { getOwnProvider } from '@/db/queries/provider-content';
import { requireProviderStaff } from '@/lib/auth/session';
import { formatUkMobile } from '@/lib/sign-in/schemas';
import { markProviderCheckedAction, updateProviderProfileAction } from './actions';
import { ProviderProfileForm } from './_components/provider-profile-form';

export const metadata: Metadata = { title: 'Your profile' };

const SAVED_MESSAGES: Record<string, string> = {
  profile: 'Saved. Young people see the changes now.',
  checked: 'Thank you. Your profile is marked as checked today.',
};

type Props = { searchParams: Promise<{ saved?: string }> };

export default async function ProviderProfilePage({ searchParams }: Props) {
  const user = await requireProviderStaff('/provider/profile');
  const [provider, query] = await Promise.all([getOwnProvider({ actorId: user.id }), searchParams]);
  if (!provider) notFound();
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/provider" className="inline-flex min-h-11 items-center">
          Back to provider home
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Your profile: {provider.name}</h1>
      <SavedNote message={SAVED_MESSAGES[query.saved ?? ''] ?? null} />
      <CheckedForm action={markProviderCheckedAction} lastCheckedAt={provider.lastCheckedAt} lastCheckedBy={provider.lastCheckedBy} />
      <h2 className="mt-8 text-2xl font-bold">Change your profile</h2>
      <p className="mt-2">Changes go live at once. We keep a record of who changed what.</p>
      <ProviderProfileForm
        action={updateProviderProfileAction}
        saved={{
          description: provider.description,
          supportInfo: provider.supportInfo,
          textNumber: provider.textNumber?.startsWith('+44') ? formatUkMobile(provider.textNumber) : (provider.textNumber ?? ''),
          website: provider.website ?? '',
        }}
      />
      <p className="mt-8">
        <Link href={`/providers/${provider.slug}`} className="inline-flex min-h-11 items-center">
          See your public page
        </Link>
      </p>
    </div>
  );
}
