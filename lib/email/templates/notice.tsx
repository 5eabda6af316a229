import { EmailButton, EmailLayout } from '@/lib/email/templates/layout';
import type { TLocale } from '@/lib/i18n/config';
import type { TMunicipality } from '@/lib/settings/municipality';

export type TNoticeEmailProps = {
  locale: TLocale;
  municipality: TMunicipality;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
};

/** A message from the city hall: greeting, paragraphs and an optional button to the portal. */
export function NoticeEmail({ locale, municipality, greeting, paragraphs, action, footer }: TNoticeEmailProps) {
  return (
    <EmailLayout locale={locale} municipality={municipality} preview={paragraphs[0] ?? greeting} footer={footer}>
      <p style={{ margin: '0 0 16px' }}>{greeting}</p>
      {paragraphs.map((text, index) => (
        <p key={index} style={{ margin: '0 0 16px' }}>
          {text}
        </p>
      ))}
      {action ? <EmailButton href={action.url}>{action.label}</EmailButton> : null}
      {action ? (
        <p style={{ margin: 0, fontSize: 13, color: '#4b5563', wordBreak: 'break-all' }}>{action.url}</p>
      ) : null}
    </EmailLayout>
  );
}
