import { Checkbox, CheckboxGroup } from './checkbox';

export function Default() {
  return (
    <CheckboxGroup name="contactBy" label="How should we get in touch?" description="Select all that apply" defaultValue={['text']}>
      <Checkbox value="text">Text message</Checkbox>
      <Checkbox value="phone">Phone call</Checkbox>
      <Checkbox value="email">Email</Checkbox>
    </CheckboxGroup>
  );
}

export function Invalid() {
  return (
    <CheckboxGroup name="days" label="Which days can you come?" errorMessage="Select at least one day">
      <Checkbox id="cb-invalid-first" value="mon">
        Monday
      </Checkbox>
      <Checkbox value="tue">Tuesday</Checkbox>
      <Checkbox value="wed">Wednesday</Checkbox>
    </CheckboxGroup>
  );
}

export function Disabled() {
  return (
    <div className="flex flex-col gap-6">
      <CheckboxGroup name="locked" label="Checked by your adviser" isDisabled defaultValue={['id']}>
        <Checkbox value="id">Proof of ID</Checkbox>
        <Checkbox value="address">Proof of address</Checkbox>
      </CheckboxGroup>
      <CheckboxGroup name="someLocked" label="Support you need">
        <Checkbox value="travel">Help with travel</Checkbox>
        <Checkbox value="money" isDisabled>
          Money for lunch (not offered here)
        </Checkbox>
      </CheckboxGroup>
    </div>
  );
}

export function LongText() {
  return (
    <div className="flex flex-col gap-6">
      <CheckboxGroup
        name="needs"
        label="Is there anything that would help you at an interview or on a course?"
        description="This is private. Only you, your adviser and the place you apply to will see it."
      >
        <Checkbox value="reader">Someone to read things out to me, or more time to read and write</Checkbox>
        <Checkbox value="quiet">A quiet room where I can take a break when I need one</Checkbox>
      </CheckboxGroup>
      <Checkbox name="agree" value="yes">
        I agree that my adviser can see my applications
      </Checkbox>
    </div>
  );
}
