'use server';

import { notFound, redirect } from 'next/navigation';
import { getCategoryWordsForAdmin, saveCategoryWords } from '@/db/queries/category-overrides';
import { requireLaAdmin } from '@/lib/auth/session';
import { categoryWordsSchema, descriptionField, hiddenField } from '@/lib/categories/schemas';
import { type FormState, formText } from '@/lib/forms/form-state';

/**
 * Council admins only: their area's words for one area of work and its kinds, and which kinds are hidden
 * there (decision 035). The area is always the admin's own. Logged per category changed.
 */
export async function saveCategoryWordsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireLaAdmin('/admin/categories');
  const slug = formText(formData, 'area');
  const current = await getCategoryWordsForAdmin({ actorId: user.id, slug });
  if (!current) notFound();
  const values: Record<string, string> = {};
  const fieldErrors: Record<string, string> = {};
  const entries = current.map((category) => {
    const field = descriptionField(category.slug);
    values[field] = formText(formData, field);
    if (category.isKind) values[hiddenField(category.slug)] = formText(formData, hiddenField(category.slug));
    const parsed = categoryWordsSchema.safeParse(values[field]);
    if (!parsed.success) fieldErrors[field] = `${category.name}: ${parsed.error.issues[0]?.message ?? 'Check these words'}`;
    return { slug: category.slug, description: parsed.success ? parsed.data : null, isHidden: values[hiddenField(category.slug)] === 'yes' };
  });
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, values };
  const saved = await saveCategoryWords({ actorId: user.id, slug, entries });
  if (!saved) notFound();
  redirect(`/admin/categories?area=${encodeURIComponent(slug)}&saved=${saved.changed}`);
}
