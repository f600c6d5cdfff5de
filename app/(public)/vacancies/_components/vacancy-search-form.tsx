import { PostcodeDistanceFields } from '@/components/search/postcode-distance-fields';
import { NativeCheckbox, NativeRadioCards, NativeTextField, SubmitButton } from '@/components/ui/native-fields';
import { NativeSelect } from '@/components/ui/native-select';
import { CLOSING_SOON_DAYS, DISTANCE_CHOICES, SORT_CHOICES, VACANCY_TYPES, type VacancyFilters } from '@/lib/vacancies/search';
import { MAX_AGE, MIN_AGE } from '@/lib/vacancies/wages';
import { VACANCY_TYPE_WORDS } from '@/lib/vacancies/words';

const AGES = Array.from({ length: MAX_AGE - MIN_AGE + 1 }, (_, index) => MIN_AGE + index);

/**
 * The vacancy search as a plain GET form: every choice lands in the URL, so results are shareable links
 * and the form works without JavaScript. The browse context (area, kind of work) rides along hidden.
 */
export function VacancySearchForm({ filters, postcodeError }: { filters: VacancyFilters; postcodeError?: string }) {
  // Open when a choice in it is narrowing the results and nothing else on the page says so. The type and
  // age show in the results themselves ("12 jobs found", "£8.00 an hour for you"), so they leave it shut
  // and the results start higher up a phone screen.
  const hasMoreChoices = Boolean(
    filters.hours || filters.noExperience || filters.noQualifications || filters.closingSoon || filters.sort !== 'best',
  );
  return (
    <form method="get" action="/vacancies" role="search" aria-label="Jobs and training" className="flex flex-col gap-6 border-2 border-line bg-paper p-4">
      {filters.area ? <input type="hidden" name="area" value={filters.area} /> : null}
      {filters.kind ? <input type="hidden" name="kind" value={filters.kind} /> : null}
      <NativeTextField
        id="q"
        name="q"
        label="What kind of work?"
        description="For example: hairdresser, mechanic, shop, office. Spelling does not need to be right."
        defaultValue={filters.q ?? ''}
        type="search"
      />
      <PostcodeDistanceFields
        postcode={filters.postcode}
        distance={filters.distance}
        distanceChoices={DISTANCE_CHOICES}
        postcodeError={postcodeError}
      />
      <details open={hasMoreChoices} className="group">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-bold text-brand underline">More choices</summary>
        <div className="mt-4 flex flex-col gap-6">
          <NativeSelect
            id="type"
            name="type"
            label="What are you looking for?"
            defaultValue={filters.type ?? ''}
            options={[{ value: '', label: 'Anything' }, ...VACANCY_TYPES.map((type) => ({ value: type, label: VACANCY_TYPE_WORDS[type].plural }))]}
          />
          <NativeRadioCards
            name="hours"
            label="Full or part time?"
            orientation="horizontal"
            defaultValue={filters.hours ?? 'any'}
            options={[
              { value: 'any', label: 'Either' },
              { value: 'full_time', label: 'Full time' },
              { value: 'part_time', label: 'Part time' },
            ]}
          />
          <div className="flex flex-col gap-3">
            <NativeCheckbox name="noExperience" defaultChecked={filters.noExperience}>
              Only ones where you need no experience
            </NativeCheckbox>
            <NativeCheckbox name="noQualifications" defaultChecked={filters.noQualifications}>
              Only ones where you need no qualifications
            </NativeCheckbox>
            <NativeCheckbox name="closingSoon" defaultChecked={filters.closingSoon}>
              Only ones closing in the next {CLOSING_SOON_DAYS / 7} weeks
            </NativeCheckbox>
          </div>
          <NativeSelect
            id="age"
            name="age"
            label="Your age"
            hint="So we can show the pay you would get"
            defaultValue={filters.age === undefined ? '' : String(filters.age)}
            options={[{ value: '', label: 'Not saying' }, ...AGES.map((age) => ({ value: String(age), label: String(age) }))]}
          />
          <NativeSelect
            id="sort"
            name="sort"
            label="Show first"
            defaultValue={filters.sort}
            options={Object.entries(SORT_CHOICES).map(([value, label]) => ({ value, label }))}
          />
        </div>
      </details>
      <div>
        <SubmitButton>Search</SubmitButton>
      </div>
    </form>
  );
}
