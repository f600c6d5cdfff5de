// Used by scripts/backup-restore-check.ts only: deletes one young person's account, found by phone number, with
// the same code as "Delete my account", in the configured database (DATABASE_URL or PGLITE_DIR). Prints their id.
import { eq } from 'drizzle-orm';
import { closeDatabase, db } from '../../db/client';
import { deleteYourAccount } from '../../db/queries/your-data';
import { users } from '../../db/schema';

const phone = process.argv[2];
if (!phone) throw new Error('Usage: delete-account.ts <phone>');
try {
  const [person] = await db.select({ id: users.id }).from(users).where(eq(users.phone, phone));
  if (!person) throw new Error(`Nobody has the phone number ${phone}.`);
  const deleted = await deleteYourAccount({ actorId: person.id, now: new Date() });
  if (!deleted) throw new Error(`${phone} is not a young person.`);
  console.log(person.id);
} finally {
  await closeDatabase(db);
}
