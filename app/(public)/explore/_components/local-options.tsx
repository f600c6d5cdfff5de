import Link from 'next/link';
import type { ExploreOption } from '@/db/queries/explore';
import { describeOptionType, describeQualifications } from '@/lib/explore/words';
import { formatMiles } from '@/lib/geo/places';
import { vacancyHref } from '@/lib/vacancies/search';

/** sharedAreaName: a course another area shares with this one (decision 035). */
type Option = ExploreOption & { sharedAreaName?: string };

function optionHref(option: Option, postcode: string | undefined): string {
  if (option.type === 'course') {
    return postcode ? `/courses/${option.key}?postcode=${encodeURIComponent(postcode)}` : `/courses/${option.key}`;
  }
  return vacancyHref(option.key, { postcode });
}

/**
 * Real local courses, apprenticeships, training places and jobs for one kind of work: what it is, who
 * offers it, how far (or which town) and whether you need qualifications to start.
 */
export function LocalOptions({ options, label, postcode }: { options: Option[]; label: string; postcode?: string }) {
  return (
    <ul aria-label={label} className="grid gap-3 sm:grid-cols-2">
      {options.map((option) => (
        <li key={`${option.type}-${option.key}`} className="border-2 border-line bg-paper p-3">
          <div className="min-w-0">
            <p className="text-base font-bold text-muted">{describeOptionType(option.type, option.isApprenticeship)}</p>
            <p className="text-lg font-bold">
              <Link href={optionHref(option, postcode)} className="inline-flex min-h-11 items-center">
                {option.title}
              </Link>
            </p>
            <p className="text-base">{option.offeredBy}</p>
            {option.sharedAreaName ? <p className="text-base font-bold">In {option.sharedAreaName}</p> : null}
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-base" aria-label="Facts">
              {option.miles !== null ? <li>{formatMiles(option.miles)} away</li> : option.town ? <li>In {option.town}</li> : null}
              <li className={option.isNoQualificationsNeeded ? 'font-bold text-success' : undefined}>
                {describeQualifications(option.isNoQualificationsNeeded)}
              </li>
            </ul>
          </div>
        </li>
      ))}
    </ul>
  );
}
