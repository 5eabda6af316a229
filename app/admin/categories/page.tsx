import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/admin/action-button';
import { AdminPageHeading, AdminSection } from '@/components/admin/admin-page';
import { CreateCategoryForm, MoveCategoryButtons, RenameCategoryForm } from '@/components/admin/categories/category-forms';
import { requireStaff } from '@/lib/auth/session';
import { deleteCategoryAction } from '@/lib/categories/actions';
import { listCategories } from '@/lib/categories/categories';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('categories'))('title') };
}

export default async function CategoriesPage() {
  const user = await requireStaff('/admin/categories', ['ADMIN']);
  const t = await getTranslations('categories');
  const categories = await listCategories(user);
  return (
    <div className="space-y-8">
      <AdminPageHeading title={t('title')} lead={t('lead')} />
      <AdminSection id="categories-list" title={t('list.title')}>
        {categories.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <ol className="space-y-4">
            {categories.map((category, index) => (
              <li key={category.id} className="rounded-lg border border-gray-300 p-4">
                <h3 className="text-xl font-bold text-brand-900">
                  {index + 1}. {category.nameRo} <span className="font-normal text-gray-700" lang="en">/ {category.nameEn}</span>
                </h3>
                <p className="mb-3 text-gray-700">{t('list.services', { count: category.services })}</p>
                <div className="space-y-4">
                  <MoveCategoryButtons categoryId={category.id} name={category.nameRo} position={index + 1} count={categories.length} />
                  <RenameCategoryForm initial={{ categoryId: category.id, nameRo: category.nameRo, nameEn: category.nameEn }} />
                  <ActionButton action={deleteCategoryAction} input={{ categoryId: category.id }} variant="danger" confirm={t('list.deleteConfirm', { name: category.nameRo })}>
                    {t('list.delete')}
                    <span className="sr-only"> ({category.nameRo})</span>
                  </ActionButton>
                </div>
              </li>
            ))}
          </ol>
        )}
      </AdminSection>
      <AdminSection id="categories-create" title={t('form.createTitle')} framed>
        <CreateCategoryForm />
      </AdminSection>
    </div>
  );
}
