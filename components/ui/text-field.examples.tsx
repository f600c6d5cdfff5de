import { TextArea, TextField } from './text-field';

export function Default() {
  return (
    <TextField
      id="tf-default-name"
      name="fullName"
      label="Your name"
      description="The name you want employers to see"
      autoComplete="name"
    />
  );
}

export function Invalid() {
  return (
    <TextField
      id="tf-invalid-phone"
      name="phone"
      label="Mobile phone number"
      type="tel"
      autoComplete="tel"
      inputMode="tel"
      width="medium"
      defaultValue="0770"
      errorMessage="Enter your phone number, like 07700 900 123"
    />
  );
}

export function Disabled() {
  return <TextField id="tf-disabled" name="school" label="School" defaultValue="Brookfield Academy" disabled />;
}

export function LongText() {
  return (
    <TextField
      id="tf-long-postcode"
      name="postcode"
      label="What is the postcode of the place where you live most of the time?"
      description="We use it to find courses and jobs you can get to. We do not show it to employers. It looks like LS6 2AB."
      autoComplete="postal-code"
      width="short"
      defaultValue="LS6 2AB"
    />
  );
}

export function TextAreaDefault() {
  return (
    <TextArea
      id="ta-default"
      name="aboutMe"
      label="Tell us about yourself"
      description="Things you like doing, and things you are good at"
    />
  );
}

export function TextAreaInvalid() {
  return (
    <TextArea
      id="ta-invalid"
      name="whyThisCourse"
      label="Why do you want to do this course?"
      errorMessage="Tell us why you want to do this course"
      rows={3}
    />
  );
}
