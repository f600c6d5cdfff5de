import type { ReactNode } from 'react';
import { SignOutForm } from './sign-out-form';

/** The top of a signed-in home page: who you are, where, and a way out. */
export function AccountHeader({
  heading,
  roleLabel,
  areaName,
  signOutAction,
  children,
}: {
  heading: string;
  roleLabel: string;
  areaName: string;
  signOutAction: () => Promise<void>;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-3xl font-bold">{heading}</h1>
        <p className="mt-2 text-muted">
          {roleLabel} · {areaName}
        </p>
        {children}
      </div>
      <SignOutForm action={signOutAction} />
    </div>
  );
}
