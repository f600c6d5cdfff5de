import { HIDDEN_FOR_SAFETY } from '@/lib/privacy/safety';
import type { ReactNode } from 'react';
import type { SentProfile } from '@/lib/applications/profile';

type QuestionWithAnswer = { id: string; prompt: string; answer: string; answerMedia: { id: string; kind: 'audio' | 'video' } | null };

/** A recorded answer: a player, then its words (or a note that there are none). */
function RecordedAnswer({ media, words, src, prompt }: { media: { kind: 'audio' | 'video' }; words: string; src: string; prompt: string }) {
  return (
    <span className="flex flex-col gap-2">
      {media.kind === 'audio' ? (
        <audio controls preload="none" src={src} aria-label={`Voice answer: ${prompt}`} className="w-full max-w-md" />
      ) : (
        <video controls playsInline preload="none" src={src} aria-label={`Video answer: ${prompt}`} className="h-auto max-h-72 w-full max-w-md bg-ink" />
      )}
      <span>{words ? `Words: ${words}` : 'No words written for this recording.'}</span>
    </span>
  );
}

type Row = { term: string; value: ReactNode; change?: string };

function SummaryList({ label, rows }: { label: string; rows: Row[] }) {
  return (
    <dl aria-label={label} className="mt-4 grid gap-y-4 border-2 border-line bg-paper p-4 sm:grid-cols-[minmax(10rem,auto)_1fr_auto] sm:gap-x-6 sm:gap-y-3">
      {rows.map((row) => (
        <div key={row.term} className="flex flex-col sm:contents">
          <dt className="font-bold">{row.term}</dt>
          <dd className="whitespace-pre-line">{row.value}</dd>
          <dd>
            {row.change ? (
              <a href={row.change} className="inline-flex min-h-11 items-center">
                Change<span className="sr-only"> {row.term.toLowerCase()}</span>
              </a>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const notGiven = <span className="text-muted">Not given</span>;

/**
 * What an application says: the profile as sent (or as it is now, on a draft), the answers and what was
 * attached. The same for the young person checking it and the staff reading it. With `changeLinks`, each
 * row links to where it can be changed (check-your-answers).
 */
export function SentApplication({
  profile,
  questions,
  attachments,
  changeLinks,
  mediaUrl,
  headingLevel = 2,
}: {
  profile: SentProfile;
  questions: QuestionWithAnswer[];
  attachments: { id: string; title: string; body: string }[];
  changeLinks?: { section: (section: string) => string; questions: string; attachments: string };
  /** Where a recorded answer plays from: the young person's own media, or the staff route for this application. */
  mediaUrl: (mediaId: string) => string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const link = (section: string) => changeLinks?.section(section);
  return (
    <>
      <Heading className="mt-8 text-2xl font-bold">About them</Heading>
      <SummaryList
        label="Profile"
        rows={[
          { term: 'Name', value: profile.name || notGiven },
          { term: 'Mobile', value: profile.isHiddenForSafety ? HIDDEN_FOR_SAFETY : profile.phone || notGiven, change: link('contact') },
          { term: 'Email', value: profile.isHiddenForSafety ? HIDDEN_FOR_SAFETY : profile.email || notGiven, change: link('contact') },
          { term: 'Date of birth', value: profile.dateOfBirth || notGiven, change: link('contact') },
          { term: 'School or college', value: profile.school || notGiven, change: link('school') },
          { term: 'Qualifications', value: profile.qualifications || notGiven, change: link('school') },
          {
            term: 'Help needed',
            value: profile.needsSupport === null ? notGiven : profile.needsSupport ? profile.supportNeeds || 'Yes' : 'No',
            change: link('support'),
          },
          ...(profile.adjustments ? [{ term: 'Changes that help', value: profile.adjustments, change: link('support') }] : []),
          {
            term: 'About them',
            value:
              profile.personalStatementMediaId && profile.personalStatementMediaKind ? (
                <RecordedAnswer
                  media={{ kind: profile.personalStatementMediaKind }}
                  words={profile.personalStatement}
                  src={mediaUrl(profile.personalStatementMediaId)}
                  prompt="About them"
                />
              ) : (
                profile.personalStatement || notGiven
              ),
            change: link('statement'),
          },
        ]}
      />
      {questions.length > 0 ? (
        <>
          <Heading className="mt-8 text-2xl font-bold">Answers to the questions</Heading>
          <SummaryList
            label="Answers"
            rows={questions.map((question) => ({
              term: question.prompt,
              value: question.answerMedia ? (
                <RecordedAnswer media={question.answerMedia} words={question.answer} src={mediaUrl(question.answerMedia.id)} prompt={question.prompt} />
              ) : (
                question.answer || notGiven
              ),
              change: changeLinks?.questions,
            }))}
          />
        </>
      ) : null}
      <Heading className="mt-8 text-2xl font-bold">Things from their CV</Heading>
      {attachments.length === 0 ? (
        <p className="mt-4">
          Nothing added.{' '}
          {changeLinks ? (
            <a href={changeLinks.attachments} className="inline-flex min-h-11 items-center">
              Add something
            </a>
          ) : null}
        </p>
      ) : (
        <ul aria-label="Things from their CV" className="mt-4 flex flex-col gap-3">
          {attachments.map((item) => (
            <li key={item.id} className="border-2 border-line bg-paper p-4">
              <p className="font-bold">{item.title}</p>
              {item.body ? <p className="mt-1 whitespace-pre-line">{item.body}</p> : null}
            </li>
          ))}
          {changeLinks ? (
            <li>
              <a href={changeLinks.attachments} className="inline-flex min-h-11 items-center">
                Change what you added
              </a>
            </li>
          ) : null}
        </ul>
      )}
    </>
  );
}
