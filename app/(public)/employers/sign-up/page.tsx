import type { Metadata } from 'next';
import Link from 'next/link';
import { getAreaContext } from '@/lib/auth/area';
import { redirectIfSignedIn } from '@/lib/auth/session';
import { signUpEmployerAction } from './actions';
import { EmployerSignUpForm } from './_components/employer-sign-up-form';

export const metadata: Metadata = { title: 'Sign up as an employer' };

export default async function EmployerSignUpPage() {
  await redirectIfSignedIn(undefined);
  const area = await getAreaContext();
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Sign up as an employer</h1>
      <p className="mt-4">Offer jobs, apprenticeships, work experience or volunteering to young people in {area.areaName}.</p>
      <p className="mt-4">You can post jobs straight away. {area.areaName} council checks new employers first. Young people see your jobs once the council says yes.</p>
      <EmployerSignUpForm action={signUpEmployerAction} />
      <p className="mt-8">
        <Link href="/sign-in/email" className="inline-flex min-h-11 items-center">
          I already have an account
        </Link>
      </p>
    </div>
  );
}
