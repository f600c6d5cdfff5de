import { Select, SelectItem } from './select';

export function Default() {
  return (
    <Select id="select-default" name="startWhen" label="When can you start?" description="Pick the closest">
      <SelectItem id="now">Now</SelectItem>
      <SelectItem id="september">In September</SelectItem>
      <SelectItem id="january">In January</SelectItem>
      <SelectItem id="not-sure">I am not sure yet</SelectItem>
    </Select>
  );
}

export function Invalid() {
  return (
    <Select id="select-invalid" name="travel" label="How will you get there?" errorMessage="Choose how you will get there">
      <SelectItem id="walk">Walk</SelectItem>
      <SelectItem id="bus">Bus</SelectItem>
      <SelectItem id="train">Train</SelectItem>
      <SelectItem id="lift">Someone gives me a lift</SelectItem>
    </Select>
  );
}

export function Disabled() {
  return (
    <Select id="select-disabled" name="area" label="Area" defaultValue="north" isDisabled>
      <SelectItem id="north">North</SelectItem>
      <SelectItem id="south">South</SelectItem>
    </Select>
  );
}

export function LongText() {
  return (
    <Select
      id="select-long"
      name="hours"
      label="How many hours a week could you work or study?"
      defaultValue="part"
    >
      <SelectItem id="full">Full time, which is usually about 30 to 37 hours a week</SelectItem>
      <SelectItem id="part">Part time, around school, college or caring for someone</SelectItem>
      <SelectItem id="weekends">Only at weekends</SelectItem>
    </Select>
  );
}
