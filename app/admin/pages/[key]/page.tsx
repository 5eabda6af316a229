import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminSection } from '@/components/admin/admin-page';
import { VersionHistory } from '@/components/admin/pages/history-table';
import { PublishContentPageForm } from '@/components/admin/pages/publish-form';
import { SuccessMessage } from '@/components/forms/form-kit';
import { requireStaff } from '@/lib/auth/session';
import { getContentPageEditor } from '@/lib/content/admin';
import { renderMarkdown } from '@/lib/content/markdown';
import { isTermsPage, zContentPageKey } from '@/lib/content/schemas';
import { toLocale } from '@/lib/i18n/config';
import { formatDateTime, todayInRomania } from '@/lib/time';

type TProps = { params: Promise<{ key: string }>; searchParams: Promise<{ published?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const key = zContentPageKey.safeParse((await params).key);
  return key.success ? { title: (await getTranslations('contentPages.names'))(key.data) } : {};
}

export default async function EditContentPagePage({ params, searchParams }: TProps) {
  const [{ key: rawKey }, { published }] = await Promise.all([params, searchParams]);
  const user = await requireStaff(`/admin/pages/${encodeURIComponent(rawKey)}`, ['ADMIN']);
  const parsed = zContentPageKey.safeParse(rawKey);
  if (!parsed.success) notFound();
  const key = parsed.data;
  const [t, tNames, locale] = await Promise.all([getTranslations('contentPages'), getTranslations('contentPages.names'), getLocale().then(toLocale)]);
  const editor = await getContentPageEditor(user, key);
  const current = editor.history[0];
  const justPublished = current && published === String(current.number) ? current : null;
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/pages">{t('edit.back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{tNames(key)}</h1>
        <p className="mt-2 text-lg text-gray-700">
          {current ? t('edit.current', { number: current.number, date: formatDateTime(current.publishedAt, locale), who: current.publishedBy ?? t('history.initial') }) : t('edit.currentDefault')}{' '}
          <Link href={`/${key}`}>{t('edit.publicLink')}</Link>
        </p>
      </div>
      {justPublished ? <SuccessMessage>{t(justPublished.termsVersion ? 'edit.publishedTerms' : 'edit.published', { number: justPublished.number })}</SuccessMessage> : null}

      <AdminSection id="page-edit" title={t('edit.formTitle')} framed>
        <p className="mb-4 text-gray-700">{t('edit.formLead')}</p>
        <PublishContentPageForm
          key={editor.baseNumber}
          pageKey={key}
          baseNumber={editor.baseNumber}
          initial={{ ...editor.text, reviewedAt: editor.reviewedAt ?? undefined }}
          initialPreview={{ ro: renderMarkdown(editor.text.bodyRo), en: renderMarkdown(editor.text.bodyEn) }}
          termsDocument={isTermsPage(key) ? t(`edit.termsDocument.${key}`) : undefined}
          today={todayInRomania()}
        />
      </AdminSection>

      <AdminSection id="page-history" title={t('history.title')}>
        <VersionHistory editor={editor} />
      </AdminSection>
    </div>
  );
}
