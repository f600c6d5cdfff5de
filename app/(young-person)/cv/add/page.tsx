import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findSkills } from '@/db/queries/portfolio';
import { requireYoungPerson } from '@/lib/auth/session';
import { sectionFromSlug } from '@/lib/cv/sections';
import { createItemAction } from '../actions';
import { ItemForm } from '../_components/item-form';

export const metadata: Metadata = { title: 'Add to your CV' };

type Props = { searchParams: Promise<{ section?: string | string[] }> };

export default async function AddItemPage({ searchParams }: Props) {
  const query = await searchParams;
  const slug = typeof query.section === 'string' ? query.section : undefined;
  await requireYoungPerson(`/cv/add${slug ? `?section=${encodeURIComponent(slug)}` : ''}`);
  const info = sectionFromSlug(slug ?? 'things-i-have-done');
  if (!info) notFound();
  const skills = await findSkills();
  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/cv#${info.slug}`} className="inline-flex min-h-11 items-center">
          Back to your CV
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{info.heading}</h1>
      <p className="mt-4">{info.hint}</p>
      <ItemForm action={createItemAction} info={info} skills={skills} />
    </div>
  );
}
