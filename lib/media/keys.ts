/** A fresh, unguessable storage key: "<owner id>/<random uuid>". Only keys of this shape are ever read or written. */
export function newStorageKey(ownerId: string): string {
  return `${ownerId}/${crypto.randomUUID()}`;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KEY_PATTERN = new RegExp(`^${UUID}/${UUID}$`);

/** Whether a string is a storage key we made (no dots, slashes or other path tricks). */
export function isStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** Whether a string is a uuid (a media or item id in a URL). */
export function isUuid(value: string): boolean {
  return new RegExp(`^${UUID}$`).test(value);
}
