'use server';

import { notFound } from 'next/navigation';
import { deleteYourAccount } from '@/db/queries/your-data';
import { signOut } from '@/lib/auth/auth';
import { requireYoungPerson } from '@/lib/auth/session';
import { mediaStorage } from '@/lib/media/storage';
import { deleteAccountSchema } from '@/lib/privacy/schemas';

/**
 * Young people only: deletes their own account for good. The rows go in one transaction; the stored files go
 * after it (storage is not part of the transaction; a file left behind has no row, so nobody can reach it).
 */
export async function deleteAccountAction(formData: FormData): Promise<void> {
  const user = await requireYoungPerson('/my/your-data/delete');
  const parsed = deleteAccountSchema.safeParse({ confirm: formData.get('confirm') });
  if (!parsed.success) notFound();
  const deleted = await deleteYourAccount({ actorId: user.id, now: new Date() });
  if (!deleted) notFound();
  const storage = mediaStorage();
  const results = await Promise.allSettled(deleted.storageKeys.map((key) => storage.delete(key)));
  const failed = results.filter((result) => result.status === 'rejected').length;
  console.info(JSON.stringify({ event: 'account.deleted', userId: user.id, files: deleted.storageKeys.length, filesNotDeleted: failed }));
  await signOut({ redirectTo: '/account-deleted' });
}
