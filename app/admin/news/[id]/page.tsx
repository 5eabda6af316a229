import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/admin/action-button';
import { AdminSection } from '@/components/admin/admin-page';
import { EditNewsForm } from '@/components/admin/news/news-forms';
import { NewsImageUploader } from '@/components/admin/news/news-image-uploader';
import { NewsPublication } from '@/components/admin/news/news-publication';
import { newsStatusText } from '@/components/admin/news/news-table';
import { Markdown } from '@/components/content/markdown';
import { requireStaff } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';
import { deleteNewsAction, removeNewsImageAction } from '@/lib/news/actions';
import { getNewsForAdmin } from '@/lib/news/admin';
import { newsImageSrc } from '@/lib/news/images';
import { toLocalDateTime } from '@/lib/news/schedule';
import { formatDateTime } from '@/lib/time';

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminNews.edit'))('title') };
}

export default async function EditNewsPage({ params }: TProps) {
  const { id } = await params;
  const user = await requireStaff(`/admin/news/${id}`, ['ADMIN']);
  const [t, locale] = await Promise.all([getTranslations('adminNews'), getLocale().then(toLocale)]);
  const post = await getNewsForAdmin(user, id);
  if (!post) notFound();
  const title = locale === 'en' ? post.titleEn : post.titleRo;
  const ref = { postId: post.id, updatedAt: post.updatedAt.toISOString() };
  const imageSrc = newsImageSrc(post);
  const date = post.publishedAt ? formatDateTime(post.publishedAt, locale) : '';
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/news">{t('back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        <p className="mt-2 text-lg text-gray-700">
          {newsStatusText(t, post.status, post.publishedAt, locale)}
          {post.authorName ? ` · ${t('edit.author', { name: post.authorName })}` : null}
        </p>
        {post.status === 'published' ? (
          <p className="mt-2">
            <Link href={`/news/${post.slug}`}>{t('edit.view')}</Link>
          </p>
        ) : null}
      </div>

      <AdminSection id="news-publish" title={t('publish.title')} framed>
        <NewsPublication
          {...ref}
          status={post.status}
          note={post.status === 'draft' ? t('publish.draftNote') : post.status === 'scheduled' ? t('publish.scheduledNote', { date }) : t('publish.publishedNote', { date })}
          scheduledAt={post.status === 'scheduled' && post.publishedAt ? toLocalDateTime(post.publishedAt) : ''}
        />
      </AdminSection>

      <AdminSection id="news-edit" title={t('form.editTitle')} framed>
        <EditNewsForm
          initial={{
            ...ref,
            slug: post.slug,
            titleRo: post.titleRo,
            titleEn: post.titleEn,
            excerptRo: post.excerptRo,
            excerptEn: post.excerptEn,
            bodyRo: post.bodyRo,
            bodyEn: post.bodyEn,
            hasImage: post.imageKey !== null,
            imageAltRo: post.imageAltRo ?? '',
            imageAltEn: post.imageAltEn ?? '',
          }}
        />
      </AdminSection>

      <AdminSection id="news-image" title={t('image.title')} framed>
        <div className="space-y-5">
          {imageSrc ? (
            <figure className="space-y-2">
              {/* Served by our own route (app/news-images), which shows administrators a draft's image too. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={imageSrc} alt={post.imageAltRo ?? ''} className="max-h-72 w-auto rounded-md border border-gray-300" />
              <figcaption className="text-sm text-gray-700">{t('image.current')}</figcaption>
            </figure>
          ) : (
            <p>{t('image.none')}</p>
          )}
          <NewsImageUploader postId={post.id} hasImage={imageSrc !== null} initialAlt={{ imageAltRo: post.imageAltRo ?? '', imageAltEn: post.imageAltEn ?? '' }} />
          {imageSrc ? (
            <ActionButton action={removeNewsImageAction} input={{ postId: post.id }} variant="danger" confirm={t('image.removeConfirm')} success={t('image.removed')}>
              {t('image.remove')}
            </ActionButton>
          ) : null}
        </div>
      </AdminSection>

      <AdminSection id="news-preview" title={t('preview.title')} framed>
        <p className="mb-4 text-gray-700">{t('preview.lead')}</p>
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="news-preview-ro" className="rounded-md bg-gray-50 p-4">
            <h3 id="news-preview-ro" className="mb-3 text-xl font-bold text-brand-900">
              {t('preview.ro')}
            </h3>
            <Markdown source={post.bodyRo} />
          </section>
          <section aria-labelledby="news-preview-en" className="rounded-md bg-gray-50 p-4" lang="en">
            <h3 id="news-preview-en" className="mb-3 text-xl font-bold text-brand-900">
              {t('preview.en')}
            </h3>
            <Markdown source={post.bodyEn} />
          </section>
        </div>
      </AdminSection>

      <AdminSection id="news-delete" title={t('delete.title')} framed>
        {post.status === 'draft' ? (
          <div className="space-y-2">
            <p>{t('delete.note')}</p>
            <ActionButton action={deleteNewsAction} input={ref} variant="danger" confirm={t('delete.confirm', { title })} next="/admin/news">
              {t('delete.delete')}
            </ActionButton>
          </div>
        ) : (
          <p>{t('delete.notDraft')}</p>
        )}
      </AdminSection>
    </div>
  );
}
