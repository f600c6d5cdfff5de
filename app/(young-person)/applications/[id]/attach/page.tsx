import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button-styles';
import { findOwnPortfolioItems, getOwnApplication } from '@/db/queries/applications';
import { getAreaSettings } from '@/db/queries/area-settings';
import { safeNextPath } from '@/lib/auth/roles';
import { requireYoungPerson } from '@/lib/auth/session';
import { isApplicationId } from '@/lib/applications/words';
import { saveAttachmentsAction } from '../actions';

export const metadata: Metadata = { title: 'Things to show them' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ next?: string | string[] }> };

export default async function AttachPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireYoungPerson(`/applications/${id}/attach`);
  if (!isApplicationId(id)) notFound();
  const [application, items] = await Promise.all([
    getOwnApplication({ actorId: user.id, applicationId: id, now: new Date(), rules: (await getAreaSettings({ laId: user.laId })).freshness }),
    findOwnPortfolioItems({ actorId: user.id }),
  ]);
  if (!application) notFound();
  if (application.status !== 'draft') redirect(`/applications/${id}`);
  const next = safeNextPath(query.next);
  const attached = new Set(application.attachments.map((item) => item.id));

  return (
    <div className="max-w-2xl">
      <p>
        <Link href={next ?? `/applications/${id}`} className="inline-flex min-h-11 items-center">
          Back
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Things to show them</h1>
      <p className="mt-2 text-lg">You can add things from your CV. They only see what you choose here, nothing else.</p>
      {items.length === 0 ? (
        <>
          <p className="mt-6">You have nothing on your CV yet. That is fine: you can send your application without anything.</p>
          <p className="mt-4">
            <Link href={next ?? `/applications/${id}`} className={buttonClasses('primary')}>
              Carry on
            </Link>
          </p>
        </>
      ) : (
        <form action={saveAttachmentsAction} className="mt-6 flex flex-col gap-6">
          <input type="hidden" name="id" value={id} />
          {next ? <input type="hidden" name="next" value={next} /> : null}
          <fieldset>
            <legend className="text-lg font-bold">Choose what to add (you can choose none)</legend>
            <ul className="mt-3 flex flex-col gap-3">
              {items.map((item) => (
                <li key={item.id}>
                  <label className="flex min-h-11 cursor-pointer items-start gap-3 border-2 border-ink bg-paper p-3">
                    <input type="checkbox" name="item" value={item.id} defaultChecked={attached.has(item.id)} className="mt-1 size-6 shrink-0" />
                    <span>
                      <span className="block font-bold">{item.title}</span>
                      {item.body ? <span className="block">{item.body}</span> : null}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div>
            <button type="submit" className={buttonClasses('primary', 'cursor-pointer')}>
              Save what I chose
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
