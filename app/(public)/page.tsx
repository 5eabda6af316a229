import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { BigButtons } from '@/components/home/big-buttons';
import { toLocale } from '@/lib/i18n/config';
import { listPublishedNews } from '@/lib/news/queries';

// Read at every request: "Ultimele noutăți" shows a scheduled post from its time on, without a deployment.
export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [t, format, locale] = await Promise.all([getTranslations('home'), getFormatter(), getLocale().then(toLocale)]);
  const { items: news } = await listPublishedNews({ locale, pageSize: 3 });
  const steps = [t('step1'), t('step2'), t('step3'), t('step4')];
  return (
    <div className="space-y-12">
      <section aria-labelledby="home-title" className="space-y-6">
        <div className="max-w-3xl">
          <h1 id="home-title" className="text-3xl font-bold text-brand-900 sm:text-4xl">
            {t('title')}
          </h1>
          <p className="mt-3 text-lg text-gray-700">{t('lead')}</p>
        </div>
        <BigButtons />
      </section>

      <section aria-labelledby="home-how">
        <h2 id="home-how" className="text-2xl font-bold text-brand-900">
          {t('howTitle')}
        </h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-4">
          {steps.map((step, index) => (
            <li key={index} className="rounded-lg border border-gray-300 p-4">
              <span className="mb-2 flex h-9 w-9 items-center justify-center rounded-full bg-brand-700 font-bold text-white" aria-hidden="true">
                {index + 1}
              </span>
              {step}
            </li>
          ))}
        </ol>
      </section>

      {news.length > 0 ? (
        <section aria-labelledby="home-news">
          <h2 id="home-news" className="text-2xl font-bold text-brand-900">
            {t('latestNews')}
          </h2>
          <ul className="mt-4 grid gap-4 md:grid-cols-3">
            {news.map((post) => (
              <li key={post.slug} className="rounded-lg border border-gray-300 p-4">
                <p className="text-sm text-gray-600">{format.dateTime(post.publishedAt, { dateStyle: 'long' })}</p>
                <h3 className="mt-1 text-lg font-semibold">
                  <Link href={`/news/${post.slug}`}>{post.title}</Link>
                </h3>
                <p className="mt-2 text-gray-700">{post.excerpt}</p>
              </li>
            ))}
          </ul>
          <p className="mt-4">
            <Link href="/news">{t('allNews')}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
