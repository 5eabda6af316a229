import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/layout/message-page';
import { PageShell } from '@/components/layout/page-shell';

export default async function Forbidden() {
  const t = await getTranslations('forbidden');
  return (
    <PageShell>
      <MessagePage title={t('title')} body={t('body')} />
    </PageShell>
  );
}
