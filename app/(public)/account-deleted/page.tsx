import type { Metadata } from 'next';
import Link from 'next/link';
import { ClearOfflineData } from '@/components/pwa/clear-offline-data';

export const metadata: Metadata = { title: 'Your account is deleted' };

export default function AccountDeletedPage() {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Your account is deleted</h1>
      {/* Nothing of theirs may stay on a shared phone: saved pages and answers kept offline go too. */}
      <ClearOfflineData />
      <p className="mt-4">We have deleted your details, your CV and your files.</p>
      <p className="mt-4">You can make a new account at any time.</p>
      <p className="mt-4">
        <Link href="/" className="inline-flex min-h-11 items-center">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
