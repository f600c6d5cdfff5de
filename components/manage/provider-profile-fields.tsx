import { TextArea, TextField } from '@/components/ui/text-field';

export type ProviderProfileValues = { description: string; supportInfo: string; textNumber: string; website: string };

const WORDS = {
  own: {
    description: 'What you offer young people',
    textNumberHint: 'Leave it empty if you cannot take texts.',
    websiteHint: 'Where young people can find you online.',
  },
  council: {
    description: 'What they offer young people',
    textNumberHint: 'Leave it empty if they cannot take texts.',
    websiteHint: 'Where young people can find them online. Like www.example.ac.uk',
  },
} as const;

/**
 * The fields of a provider's profile, shared by the provider's own form (/provider/profile, "you") and the
 * council's (/admin/providers/[id], "they"), so both change the same things with the same rules
 * (providerProfileSchema). Ids are the field names, which the error summary links to.
 */
export function ProviderProfileFields({
  value,
  errors,
  voice,
}: {
  value: (field: keyof ProviderProfileValues) => string;
  errors: Record<string, string> | undefined;
  voice: 'own' | 'council';
}) {
  const words = WORDS[voice];
  return (
    <>
      <TextArea id="description" name="description" label={words.description} rows={6} defaultValue={value('description')} errorMessage={errors?.description} />
      <TextArea
        id="supportInfo"
        name="supportInfo"
        label="Help for learners with additional needs"
        description="For example, learning support, quiet rooms, help with travel."
        rows={5}
        defaultValue={value('supportInfo')}
        errorMessage={errors?.supportInfo}
      />
      <TextField
        id="textNumber"
        name="textNumber"
        label="Mobile number young people can text"
        description={words.textNumberHint}
        type="tel"
        autoComplete="off"
        width="medium"
        defaultValue={value('textNumber')}
        errorMessage={errors?.textNumber}
      />
      <TextField
        id="website"
        name="website"
        label="Website"
        description={words.websiteHint}
        type="url"
        autoComplete="off"
        spellCheck={false}
        defaultValue={value('website')}
        errorMessage={errors?.website}
      />
    </>
  );
}
