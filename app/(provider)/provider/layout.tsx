import type { ReactNode } from 'react';
import { findOwnProviderPause } from '@/db/queries/provider-content';
import { getCurrentUser } from '@/lib/auth/session';
import { describeProviderPause } from '@/lib/providers/pause-words';

/**
 * Every provider page: when the council has paused the provider (decision 039), its staff are told at the
 * top. Each page still checks who may see it.
 */
export default async function ProviderLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const note = user?.role === 'provider_staff' ? describeProviderPause(await findOwnProviderPause({ actorId: user.id })) : null;
  return (
    <>
      {note ? (
        <p className="mb-6 border-l-8 border-error bg-paper p-4 font-bold" data-testid="provider-paused">
          {note}
        </p>
      ) : null}
      {children}
    </>
  );
}
