import { NativeSelect } from '@/components/ui/native-select';
import { NativeTextField } from '@/components/ui/native-fields';

/** Where you are and how far you can go: the pair of fields every search form (courses, jobs) shares. */
export function PostcodeDistanceFields({
  postcode,
  distance,
  distanceChoices,
  postcodeError,
}: {
  postcode?: string;
  distance: number;
  distanceChoices: readonly number[];
  postcodeError?: string;
}) {
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-end">
      <NativeTextField
        id="postcode"
        name="postcode"
        label="Your postcode"
        description="Or just the first part, like HX1"
        autoComplete="postal-code"
        width="medium"
        defaultValue={postcode ?? ''}
        errorMessage={postcodeError}
      />
      <NativeSelect
        id="distance"
        name="distance"
        label="How far can you travel?"
        defaultValue={String(distance)}
        options={distanceChoices.map((miles) => ({ value: String(miles), label: `Up to ${miles} ${miles === 1 ? 'mile' : 'miles'}` }))}
      />
    </div>
  );
}
