import type { Metadata } from 'next';
import Link from 'next/link';
import { ClearOfflineData } from '@/components/pwa/clear-offline-data';

export const metadata: Metadata = { title: 'You have signed out' };

export default function SignedOutPage() {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">You have signed out</h1>
      <p className="mt-4">Nobody can see your things on this device now.</p>
      <p className="mt-4">
        <Link href="/sign-in" className="inline-flex min-h-11 items-center">
          Sign in again
        </Link>
      </p>
      <ClearOfflineData />
    </div>
  );
}
