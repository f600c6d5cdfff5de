import { ErrorSummary } from './error-summary';
import { Radio, RadioGroup } from './radio-group';
import { TextField } from './text-field';

/*
 * shouldFocus is off here only because the gallery shows every state at once; a real page leaves it on.
 * The "Plain form" section of the gallery shows the focused version after a failed submit.
 */
export function Default() {
  return (
    <div>
      <ErrorSummary
        shouldFocus={false}
        errors={[
          { field: 'es-first-name', message: 'Enter your first name' },
          { field: 'es-contact-first', message: 'Select how we can contact you' },
        ]}
      />
      <div className="flex flex-col gap-6">
        <TextField id="es-first-name" name="esFirstName" label="First name" autoComplete="given-name" errorMessage="Enter your first name" />
        <RadioGroup name="esContact" label="How can we contact you?" errorMessage="Select how we can contact you">
          <Radio id="es-contact-first" value="text">
            Text message
          </Radio>
          <Radio value="phone">Phone call</Radio>
        </RadioGroup>
      </div>
    </div>
  );
}

export function Empty() {
  return (
    <div>
      <ErrorSummary errors={[]} />
      <p className="text-muted">With no errors the summary shows nothing.</p>
    </div>
  );
}
