/**
 * Text from a URL or a form with the characters no one types on purpose taken out: control characters (the
 * null byte, which PostgreSQL refuses in text, so a search for "care%00" was a server error) and the invisible
 * direction overrides used to disguise text (U+202A–U+202E, U+2066–U+2069). Anything that is not a string
 * passes through unchanged, so it can wrap a query parameter before zod reads it.
 */
export function withoutControlCharacters<T>(value: T): T {
  if (typeof value !== 'string') return value;
   
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '') as T;
}
