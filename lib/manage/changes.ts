/**
 * Which fields of a published record an edit changes, for the change log. Values are compared as
 * JSON so dates, numbers and null compare the way they are stored. Fields not in `after` are left alone.
 */
export type FieldChange = { from: unknown; to: unknown };

export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const previous = before[field];
    if (JSON.stringify(previous ?? null) !== JSON.stringify(value ?? null)) changes[field] = { from: previous ?? null, to: value ?? null };
  }
  return changes;
}

/** "Changed summary, cost" or "Checked, still correct": the one-line summary kept with each change. */
export function describeChanges(changes: Record<string, FieldChange>): string {
  const fields = Object.keys(changes);
  return fields.length > 0 ? `Changed ${fields.join(', ')}` : 'No changes';
}

/** Any uuid (record ids in addresses): anything else is not a record, so not-found before any query. */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
