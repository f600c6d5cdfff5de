import { PostcodeDistanceFields } from '@/components/search/postcode-distance-fields';
import { NativeCheckbox, NativeRadioCards, NativeTextField, SubmitButton } from '@/components/ui/native-fields';
import { NativeSelect } from '@/components/ui/native-select';
import { PLAIN_LEVELS } from '@/lib/courses/levels';
import { AGE_GROUPS, type CourseFilters, DISTANCE_CHOICES, SORT_CHOICES, START_CHOICES } from '@/lib/courses/search';

/**
 * The course search as a plain GET form: every choice lands in the URL, so results are shareable links
 * and the form works without JavaScript. The browse context (area, subject, lens) rides along hidden.
 */
export function CourseSearchForm({ filters, postcodeError }: { filters: CourseFilters; postcodeError?: string }) {
  const hasMoreChoices = Boolean(filters.level || filters.mode || filters.age || filters.starts || filters.noQualifications || filters.sort !== 'best');
  return (
    <form method="get" action="/courses" role="search" aria-label="Courses" className="flex flex-col gap-6 border-2 border-line bg-paper p-4">
      {filters.area ? <input type="hidden" name="area" value={filters.area} /> : null}
      {filters.subject ? <input type="hidden" name="subject" value={filters.subject} /> : null}
      {filters.lens ? <input type="hidden" name="lens" value={filters.lens} /> : null}
      <NativeTextField
        id="q"
        name="q"
        label="What do you want to learn?"
        description="For example: hair, cars, caring, computers. Spelling does not need to be right."
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
          <NativeRadioCards
            name="level"
            label="How hard?"
            defaultValue={filters.level ?? 'any'}
            options={[
              { value: 'any', label: 'Any level' },
              ...Object.entries(PLAIN_LEVELS).map(([value, level]) => ({
                value,
                label: (
                  <>
                    <span className="font-bold">{level.label}</span>
                    <span className="block text-base text-muted">{level.hint}</span>
                  </>
                ),
              })),
            ]}
          />
          <NativeRadioCards
            name="mode"
            label="Full or part time?"
            orientation="horizontal"
            defaultValue={filters.mode ?? 'any'}
            options={[
              { value: 'any', label: 'Either' },
              { value: 'full_time', label: 'Full time' },
              { value: 'part_time', label: 'Part time' },
            ]}
          />
          <NativeSelect
            id="age"
            name="age"
            label="Your age"
            defaultValue={filters.age ?? ''}
            options={[{ value: '', label: 'Any age' }, ...Object.entries(AGE_GROUPS).map(([value, label]) => ({ value, label }))]}
          />
          <NativeSelect
            id="starts"
            name="starts"
            label="When do you want to start?"
            defaultValue={filters.starts ?? ''}
            options={[{ value: '', label: 'Any time' }, ...Object.entries(START_CHOICES).map(([value, choice]) => ({ value, label: choice.label }))]}
          />
          <NativeCheckbox name="noQualifications" defaultChecked={filters.noQualifications}>
            Only courses you can start with no qualifications
          </NativeCheckbox>
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
