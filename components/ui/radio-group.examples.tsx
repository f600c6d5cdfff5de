import { Radio, RadioGroup } from './radio-group';

export function Default() {
  return (
    <RadioGroup name="lookingFor" label="What are you looking for?" defaultValue="course">
      <Radio value="course">A course</Radio>
      <Radio value="apprenticeship">An apprenticeship</Radio>
      <Radio value="job">A job</Radio>
    </RadioGroup>
  );
}

export function YesNo() {
  return (
    <RadioGroup name="hasCv" label="Do you have a CV?" orientation="horizontal">
      <Radio value="yes">Yes</Radio>
      <Radio value="no">No</Radio>
    </RadioGroup>
  );
}

export function Invalid() {
  return (
    <RadioGroup name="yearGroup" label="Which year are you in?" errorMessage="Select the year you are in">
      <Radio id="rg-invalid-first" value="10">
        Year 10
      </Radio>
      <Radio value="11">Year 11</Radio>
      <Radio value="12">Year 12</Radio>
      <Radio value="left">I have left school</Radio>
    </RadioGroup>
  );
}

export function Disabled() {
  return (
    <RadioGroup name="offerStatus" label="Your offer" defaultValue="accepted" isDisabled>
      <Radio value="accepted">Accepted</Radio>
      <Radio value="declined">Declined</Radio>
    </RadioGroup>
  );
}

export function LongText() {
  return (
    <RadioGroup
      name="travelTime"
      label="How far could you travel each day to get to a course or job?"
      description="Think about buses and trains, and how early you would need to leave home"
    >
      <Radio value="30">Up to 30 minutes each way, so I can walk or take one bus</Radio>
      <Radio value="60">Up to an hour each way, even if I need to change buses</Radio>
    </RadioGroup>
  );
}
