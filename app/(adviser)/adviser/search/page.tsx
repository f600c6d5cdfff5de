import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { canSearchYoungPeople, searchYoungPeople } from '@/db/queries/privacy';
import { notFoundIfPresenting } from '@/lib/auth/present';
import { requireAdviser } from '@/lib/auth/session';
import { fieldErrorsFrom } from '@/lib/forms/form-state';
import { youngPersonSearchSchema } from '@/lib/privacy/schemas';

const TITLE = 'Look up a young person';

type Props = { searchParams: Promise<{ name?: string | string[]; reason?: string | string[] }> };

function readQuery(query: Awaited<Props['searchParams']>) {
  const name = typeof query.name === 'string' ? query.name : undefined;
  const reason = typeof query.reason === 'string' ? query.reason : undefined;
  const isSubmitted = name !== undefined || reason !== undefined;
  const parsed = youngPersonSearchSchema.safeParse({ name: name ?? '', reason: reason ?? '' });
  return { name, reason, isSubmitted, parsed };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { isSubmitted, parsed } = readQuery(await searchParams);
  return { title: `${isSubmitted && !parsed.success ? 'Error: ' : ''}${TITLE}` };
}

/**
 * For PAs the council allows to look up any young person in the area. A reason is required; it goes into
 * the access log with every record they open from here, and the young person can read it.
 */
export default async function YoungPersonSearchPage({ searchParams }: Props) {
  const user = await requireAdviser('/adviser/search');
  await notFoundIfPresenting();
  if (!(await canSearchYoungPeople({ actorId: user.id }))) notFound();
  const { name, reason, isSubmitted, parsed } = readQuery(await searchParams);
  const fieldErrors = isSubmitted && !parsed.success ? fieldErrorsFrom(parsed.error) : {};
  const results = parsed.success ? await searchYoungPeople({ actorId: user.id, name: parsed.data.name }) : null;

  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{TITLE}</h1>
      <p className="mt-4">
        Only look someone up when you need to. The young person will see that you looked at their record, and your
        reason.
      </p>
      <form method="get" noValidate className="mt-6 flex flex-col gap-6">
        <ErrorSummary errors={Object.entries(fieldErrors).map(([field, message]) => ({ field, message }))} />
        <TextField id="name" name="name" label="Their name" defaultValue={name ?? ''} errorMessage={fieldErrors.name} />
        <TextField
          id="reason"
          name="reason"
          label="Why you need to look"
          description="For example: came into the Halifax hub asking for help with an application"
          defaultValue={reason ?? ''}
          errorMessage={fieldErrors.reason}
        />
        <div>
          <Button type="submit">Search</Button>
        </div>
      </form>
      {results && parsed.success ? (
        <>
          <h2 className="mt-8 text-2xl font-bold">
            {results.length === 0 ? 'Nobody found' : `${results.length} found`}
          </h2>
          <ul className="mt-4 flex flex-col gap-1" aria-label="Young people found">
            {results.map((person) => (
              <li key={person.id}>
                <Link
                  href={`/adviser/young-people/${person.id}?reason=${encodeURIComponent(parsed.data.reason)}`}
                  className="inline-flex min-h-11 items-center"
                >
                  {person.name ?? 'No name given'}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
