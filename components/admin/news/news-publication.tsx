'use client';

/**
 * The publication of a post: publish now, schedule (or move) at a date and time, take it off the
 * portal. One component for all of them, so that what was just done stays announced while the
 * refreshed page swaps the buttons (a published post has "Retrage", not "Publică acum").
 */
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ActionOutcome, actionButtonClass, useActionRunner } from '@/components/admin/action-button';
import { ScheduleNewsForm } from '@/components/admin/news/news-forms';
import { publishNewsAction, unpublishNewsAction } from '@/lib/news/actions';
import type { TNewsStatus } from '@/lib/news/schedule';

type TProps = {
  postId: string;
  updatedAt: string;
  status: TNewsStatus;
  /** What the state note says ("Știrea este pe portal din …"). */
  note: string;
  /** The scheduled moment as the date-time input shows it, for a scheduled post. */
  scheduledAt: string;
};

export function NewsPublication({ postId, updatedAt, status, note, scheduledAt }: TProps) {
  const t = useTranslations('adminNews.publish');
  const f = useTranslations('forms');
  const { pending, message, run } = useActionRunner();
  const [confirming, setConfirming] = useState(false);
  const ref = { postId, updatedAt };
  return (
    <div className="space-y-5">
      <p>{note}</p>
      <ActionOutcome message={message} />
      {status !== 'published' ? (
        <>
          <p className="text-gray-700">{t('saveFirst')}</p>
          <button type="button" disabled={pending} className={`${actionButtonClass} border-brand-700 text-brand-900`} onClick={() => run(() => publishNewsAction(ref), { success: t('published') })}>
            {t('publishNow')}
          </button>
          <ScheduleNewsForm initial={{ ...ref, publishAt: scheduledAt }} rescheduling={status === 'scheduled'} />
        </>
      ) : null}
      {status !== 'draft' ? (
        confirming ? (
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t('unpublishConfirm')}>
            <span className="font-semibold">{t('unpublishConfirm')}</span>
            <button
              type="button"
              disabled={pending}
              className={`${actionButtonClass} border-red-700 bg-red-700 text-white`}
              onClick={() => {
                setConfirming(false);
                run(() => unpublishNewsAction(ref), { success: t('unpublished') });
              }}
            >
              {f('yes')}
            </button>
            <button type="button" className={`${actionButtonClass} border-gray-600`} onClick={() => setConfirming(false)}>
              {f('no')}
            </button>
          </div>
        ) : (
          <button type="button" disabled={pending} className={`${actionButtonClass} border-red-700 text-red-800`} onClick={() => setConfirming(true)}>
            {t('unpublish')}
          </button>
        )
      ) : null}
    </div>
  );
}
