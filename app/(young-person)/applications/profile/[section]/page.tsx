import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getApplicationProfile } from '@/db/queries/applications';
import { isProfileSection, PROFILE_SECTION_WORDS } from '@/lib/applications/profile';
import { formatDateOfBirth } from '@/lib/applications/schemas';
import { offlineKeyFor } from '@/lib/auth/offline-key';
import { safeNextPath } from '@/lib/auth/roles';
import { requireYoungPerson } from '@/lib/auth/session';
import { formatUkMobile } from '@/lib/sign-in/schemas';
import { autosaveProfileSectionAction, saveProfileSectionAction } from './actions';
import { ProfileSectionForm } from './_components/profile-section-form';

type Props = { params: Promise<{ section: string }>; searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await params;
  return { title: isProfileSection(section) ? PROFILE_SECTION_WORDS[section].title : 'Page not found' };
}

export default async function ProfileSectionPage({ params, searchParams }: Props) {
  const [{ section }, query] = await Promise.all([params, searchParams]);
  if (!isProfileSection(section)) notFound();
  const next = safeNextPath(query.next);
  const user = await requireYoungPerson(`/applications/profile/${section}`);
  const profile = await getApplicationProfile({ actorId: user.id });
  if (!profile) notFound();
  const words = PROFILE_SECTION_WORDS[section];
  const values: Record<string, string> = {
    contactPhone: profile.contactPhone ? formatUkMobile(profile.contactPhone) : '',
    contactEmail: profile.contactEmail ?? '',
    dateOfBirth: formatDateOfBirth(profile.dateOfBirth),
    school: profile.school,
    qualifications: profile.qualifications,
    needsSupport: profile.needsSupport === null ? '' : profile.needsSupport ? 'yes' : 'no',
    supportNeeds: profile.supportNeeds,
    adjustments: profile.adjustments,
    personalStatement: profile.personalStatement,
  };
  const statementMedia =
    profile.personalStatementMediaId && profile.personalStatementMediaKind
      ? { id: profile.personalStatementMediaId, kind: profile.personalStatementMediaKind }
      : null;

  return (
    <div className="max-w-2xl">
      <p>
        <Link href={next ?? '/applications/profile'} className="inline-flex min-h-11 items-center">
          Back
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{words.title}</h1>
      <p className="mt-2 text-lg">{words.hint}. It saves as you type, so you can stop and carry on later.</p>
      {section === 'support' ? (
        <p className="mt-2">Only the places you apply to see this. It helps them get things ready for you.</p>
      ) : null}
      <ProfileSectionForm
        section={section}
        values={values}
        statementMedia={statementMedia}
        next={next}
        action={saveProfileSectionAction}
        autosave={autosaveProfileSectionAction}
        offline={{ ownerKey: offlineKeyFor(user.id), savedAt: profile.savedAt?.getTime() ?? 0, serverNow: new Date().getTime() }}
      />
    </div>
  );
}
