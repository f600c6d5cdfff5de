import { Button } from '@/components/ui/button';
import { ErrorSummary, type FieldErrorItem } from '@/components/ui/error-summary';
import { PictureChoiceCard, PictureChoiceGroup } from '@/components/ui/picture-choice-card';
import { Radio, RadioGroup } from '@/components/ui/radio-group';
import { Select, SelectItem } from '@/components/ui/select';
import { TextField } from '@/components/ui/text-field';

export type SearchParams = Record<string, string | string[] | undefined>;

interface PlainFormValues {
  name: string;
  contact: string;
  interests: string[];
  start: string;
}

function readValues(params: SearchParams): PlainFormValues {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
  const all = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);
  return {
    name: first(params.pfName).trim(),
    contact: first(params.pfContact),
    interests: all(params.pfInterests).filter(Boolean),
    start: first(params.pfStart),
  };
}

/** The gallery's own "server" check of the plain form: the same shape a real page's zod errors take. */
export function validatePlainForm(params: SearchParams): { values: PlainFormValues; errors: FieldErrorItem[] } | null {
  if (params.plainForm !== 'sent') return null;
  const values = readValues(params);
  const errors: FieldErrorItem[] = [];
  if (!values.name) errors.push({ field: 'pf-name', message: 'Enter your name' });
  if (!values.contact) errors.push({ field: 'pf-contact-first', message: 'Select the best way to reach you' });
  if (values.interests.length === 0) errors.push({ field: 'pf-interests-first', message: 'Tap at least one picture' });
  if (!values.start) errors.push({ field: 'pf-start', message: 'Choose a start date' });
  return { values, errors };
}

const messageFor = (errors: FieldErrorItem[], field: string) => errors.find((error) => error.field === field)?.message;

/**
 * A plain HTML GET form built from the design system: it submits without JavaScript, and a failed
 * submit comes back with an error summary (focused) and a message on each field.
 */
export function PlainForm({ result }: { result: ReturnType<typeof validatePlainForm> }) {
  const errors = result?.errors ?? [];
  const values = result?.values;
  const isSent = result !== null && errors.length === 0;
  return (
    <div>
      <ErrorSummary errors={errors} />
      {isSent && values ? (
        <div role="status" className="mb-6 border-4 border-success bg-paper p-4">
          <h3 className="text-xl font-bold">Form sent</h3>
          <p>
            Name: {values.name}. Contact: {values.contact}. Interests: {values.interests.join(', ')}. Start:{' '}
            {values.start}.
          </p>
        </div>
      ) : null}
      <form action="/gallery#plain-form" method="get" noValidate className="flex flex-col gap-8">
        <input type="hidden" name="plainForm" value="sent" />
        <TextField
          id="pf-name"
          name="pfName"
          label="Full name"
          autoComplete="name"
          defaultValue={values?.name}
          errorMessage={messageFor(errors, 'pf-name')}
        />
        <RadioGroup
          name="pfContact"
          label="Best way to reach you"
          defaultValue={values?.contact || null}
          errorMessage={messageFor(errors, 'pf-contact-first')}
        >
          <Radio id="pf-contact-first" value="text">
            Text message
          </Radio>
          <Radio value="phone">Phone call</Radio>
        </RadioGroup>
        <PictureChoiceGroup
          selectionMode="multiple"
          name="pfInterests"
          label="What do you enjoy?"
          description="Tap all the pictures you like"
          defaultValue={values?.interests}
          errorMessage={messageFor(errors, 'pf-interests-first')}
        >
          <PictureChoiceCard id="pf-interests-first" value="building" imageSrc="/images/gallery/building.svg" label="Making things" />
          <PictureChoiceCard value="caring" imageSrc="/images/gallery/caring.svg" label="Helping people" />
          <PictureChoiceCard value="creative" imageSrc="/images/gallery/creative.svg" label="Drawing" />
        </PictureChoiceGroup>
        <Select
          id="pf-start"
          name="pfStart"
          label="Start date"
          defaultValue={values?.start || null}
          errorMessage={messageFor(errors, 'pf-start')}
        >
          <SelectItem id="now">Now</SelectItem>
          <SelectItem id="september">In September</SelectItem>
        </Select>
        <div>
          <Button type="submit">Send</Button>
        </div>
      </form>
    </div>
  );
}
