import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/layout/message-page';

export async function NotFoundContent() {
  const t = await getTranslations('notFound');
  return <MessagePage title={t('title')} body={t('body')} />;
}
