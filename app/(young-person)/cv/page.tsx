import type { Metadata } from 'next';
import Link from 'next/link';
import { MediaView } from '@/components/cv/media-view';
import { KeepPageOffline } from '@/components/pwa/keep-page-offline';
import { buttonClasses } from '@/components/ui/button-styles';
import { LinkButton } from '@/components/ui/link-button';
import { findPortfolioItems, findSkills } from '@/db/queries/portfolio';
import { offlineKeyFor } from '@/lib/auth/offline-key';
import { requireYoungPerson } from '@/lib/auth/session';
import { formatDateOnly } from '@/lib/courses/words';
import { CV_SECTIONS } from '@/lib/cv/sections';
import { readIsSavingData } from '@/lib/settings/device';
import { setVisibilityAction } from './actions';
import { BuildCvLink } from './_components/build-cv-link';

export const metadata: Metadata = { title: 'Build your CV' };

type Props = { searchParams: Promise<{ saved?: string | string[]; deleted?: string | string[] }> };

export default async function CvBuilderPage({ searchParams }: Props) {
  const user = await requireYoungPerson('/cv');
  const [items, skills, query, isSavingData] = await Promise.all([findPortfolioItems({ actorId: user.id }), findSkills(), searchParams, readIsSavingData()]);
  const skillName = new Map(skills.map((skill) => [skill.slug, skill.name]));
  const onCvCount = items.filter((item) => item.visibility === 'on_cv').length;
  const notice = query.saved ? 'Saved.' : query.deleted ? 'Deleted.' : null;

  return (
    <div className="max-w-3xl">
      <KeepPageOffline ownerKey={offlineKeyFor(user.id)} path="/cv" itemPaths={items.map((item) => `/cv/items/${item.id}`)} />
      {notice ? (
        <div role="status" className="mb-6 border-l-8 border-success bg-paper p-4 text-lg font-bold">
          {notice}
        </div>
      ) : null}
      <h1 className="text-3xl font-bold">Build your CV</h1>
      <p className="mt-4">
        Show what you can do with photos, voice notes and videos, not just writing. Everything is private until you choose
        “Show on my CV”.
      </p>
      <BuildCvLink actorId={user.id} />
      <div className="mt-6 flex flex-wrap gap-4">
        <LinkButton href="/cv/my-cv" variant="secondary">
          See my CV ({onCvCount} {onCvCount === 1 ? 'thing' : 'things'} on it)
        </LinkButton>
        <LinkButton href="/cv/share" variant="secondary">
          Share my CV
        </LinkButton>
      </div>

      {CV_SECTIONS.map((info) => {
        const sectionItems = items.filter((item) => item.section === info.section);
        return (
          <section key={info.section} id={info.slug} aria-labelledby={`${info.slug}-heading`} className="mt-10">
            <h2 id={`${info.slug}-heading`} className="text-2xl font-bold">
              {info.heading}
            </h2>
            <p className="mt-2 text-muted">{info.hint}</p>
            {sectionItems.length > 0 ? (
              <ul className="mt-4 flex flex-col gap-4" aria-label={info.heading}>
                {sectionItems.map((item) => (
                  <li key={item.id} id={`item-${item.id}`} className="border-2 border-line bg-paper p-4">
                    <h3 className="text-xl font-bold">{item.title}</h3>
                    <p className="mt-1">
                      <span
                        className={
                          item.visibility === 'on_cv'
                            ? 'inline-block rounded-sm bg-success px-2 py-0.5 font-bold text-white'
                            : 'inline-block rounded-sm border-2 border-ink px-2 py-0.5 font-bold'
                        }
                      >
                        {item.visibility === 'on_cv' ? 'On your CV' : 'Private'}
                      </span>
                      {item.happenedOn ? <span className="ml-3">{formatDateOnly(item.happenedOn)}</span> : null}
                      {item.place ? <span className="ml-3">{item.place}</span> : null}
                    </p>
                    {item.grade ? <p className="mt-1">Grade: {item.grade}</p> : null}
                    {item.body ? <p className="mt-2 whitespace-pre-line">{item.body}</p> : null}
                    {item.media ? (
                      <MediaView
                        src={`/api/media/${item.media.id}`}
                        kind={item.media.kind}
                        contentType={item.media.contentType}
                        width={item.media.width}
                        height={item.media.height}
                        transcript={item.media.transcript}
                        transcriptWriter={item.media.transcriptWriter}
                        alt={item.title}
                        isSavingData={isSavingData}
                      />
                    ) : null}
                    {item.skillSlugs.length > 0 ? (
                      <p className="mt-2">Skills: {item.skillSlugs.map((slug) => skillName.get(slug) ?? slug).join(', ')}</p>
                    ) : null}
                    <div className="mt-4 flex flex-wrap items-center gap-4">
                      <Link href={`/cv/items/${item.id}`} className="inline-flex min-h-11 items-center">
                        Change<span className="sr-only"> {item.title}</span>
                      </Link>
                      <form action={setVisibilityAction}>
                        <input type="hidden" name="itemId" value={item.id} />
                        <input type="hidden" name="visibility" value={item.visibility === 'on_cv' ? 'private' : 'on_cv'} />
                        <button type="submit" className={buttonClasses('secondary')}>
                          {item.visibility === 'on_cv' ? 'Make private' : 'Show on my CV'}
                          <span className="sr-only">: {item.title}</span>
                        </button>
                      </form>
                    </div>
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="mt-4">
              <LinkButton href={`/cv/add?section=${info.slug}`} variant={sectionItems.length > 0 ? 'secondary' : 'primary'}>
                {info.addLabel}
              </LinkButton>
            </p>
          </section>
        );
      })}
    </div>
  );
}
