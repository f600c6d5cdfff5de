import { LinkButton } from './link-button';

export function Default() {
  return (
    <div className="flex flex-wrap gap-4">
      <LinkButton href="/gallery#link-button">Start now</LinkButton>
      <LinkButton href="/gallery#link-button" variant="secondary">
        See all courses
      </LinkButton>
    </div>
  );
}

export function LongText() {
  return (
    <div className="max-w-xs">
      <LinkButton href="/gallery#link-button">Find an apprenticeship near where you live</LinkButton>
    </div>
  );
}
