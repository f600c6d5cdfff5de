'use client';

import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { NativeCheckbox } from '@/components/ui/native-fields';
import { TextArea } from '@/components/ui/text-field';
import type { CategoryWords } from '@/db/queries/category-overrides';
import { descriptionField, hiddenField } from '@/lib/categories/schemas';
import { type FormState } from '@/lib/forms/form-state';

/** One area of work and its kinds: the area's own words for each, and "hide in our area" for the kinds. */
export function CategoryWordsForm({
  action,
  areaSlug,
  areaName,
  categories,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  areaSlug: string;
  areaName: string;
  categories: CategoryWords[];
}) {
  const { state, formAction, isPending, errors } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="mt-6 flex flex-col gap-8">
      <ErrorSummary errors={errors} />
      <input type="hidden" name="area" value={areaSlug} />
      {categories.map((category) => {
        const field = descriptionField(category.slug);
        const hidden = hiddenField(category.slug);
        const isHidden = state.values ? state.values[hidden] === 'yes' : category.isHidden;
        return (
          <fieldset key={category.slug} className="flex flex-col gap-4 border-l-4 border-line pl-4">
            <legend className="text-xl font-bold">{category.name}</legend>
            <TextArea
              id={field}
              name={field}
              label={`Words for ${category.name} in ${areaName}`}
              description={`Leave it empty to use the words everyone sees: "${category.serviceDescription}"`}
              rows={2}
              defaultValue={state.values?.[field] ?? category.ownDescription ?? ''}
              errorMessage={state.fieldErrors?.[field]}
            />
            {category.isKind ? (
              <NativeCheckbox name={hidden} defaultChecked={isHidden}>
                Hide {category.name} in {areaName}
              </NativeCheckbox>
            ) : null}
          </fieldset>
        );
      })}
      <div>
        <Button type="submit" isPending={isPending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
