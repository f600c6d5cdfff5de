import type { ReactNode } from 'react';

const fileInputClasses =
  'mt-2 block w-full max-w-xl text-lg file:mr-4 file:min-h-11 file:cursor-pointer file:rounded-md file:border-2 file:border-brand file:bg-paper file:px-4 file:py-2 file:font-bold file:text-brand';

/**
 * A native file input with its label, hint and error: the way in for photos, sound and video without
 * JavaScript (the form must post to a server action, which makes it multipart). `capture` opens the camera on a phone.
 */
export function FileField({
  id,
  name = id,
  label,
  hint,
  error,
  accept,
  capture,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  hint: ReactNode;
  error?: string;
  accept: string;
  capture?: 'environment' | 'user';
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-base text-muted">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="font-bold text-error">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        capture={capture}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        className={fileInputClasses}
      />
    </div>
  );
}
