import { Button } from './button';

export function Default() {
  return (
    <div className="flex flex-wrap gap-4">
      <Button>Save and continue</Button>
      <Button variant="secondary">Add another job</Button>
      <Button variant="warning">Delete this photo</Button>
    </div>
  );
}

export function Disabled() {
  return (
    <div className="flex flex-wrap gap-4">
      <Button isDisabled>Send application</Button>
      <Button variant="secondary" isDisabled>
        Add another job
      </Button>
    </div>
  );
}

export function LongText() {
  return (
    <div className="max-w-xs">
      <Button>Send my CV and answers to the college and tell my adviser</Button>
    </div>
  );
}

export function SubmitInAForm() {
  return (
    <form action="/gallery" method="get" className="flex flex-wrap gap-4">
      <input type="hidden" name="button-example" value="sent" />
      <Button type="submit">Send (plain form)</Button>
    </form>
  );
}
