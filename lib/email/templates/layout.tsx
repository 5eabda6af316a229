import type { ReactNode } from 'react';
import type { TLocale } from '@/lib/i18n/config';
import type { TMunicipality } from '@/lib/settings/municipality';

const colors = { brand: '#0b3d91', text: '#1f2937', muted: '#4b5563', border: '#e5e7eb' };

/** The one layout every email of the portal shares: municipality header, content, footer (the city hall's details as saved in /admin/settings). */
export function EmailLayout({
  locale,
  municipality,
  preview,
  footer,
  children,
}: {
  locale: TLocale;
  municipality: TMunicipality;
  preview: string;
  footer: string;
  children: ReactNode;
}) {
  const address = municipality.address;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body style={{ margin: 0, backgroundColor: '#f3f4f6', fontFamily: 'Arial, Helvetica, sans-serif', color: colors.text }}>
        <div style={{ display: 'none', maxHeight: 0, overflow: 'hidden' }}>{preview}</div>
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ padding: '24px 0' }}>
          <tbody>
            <tr>
              <td align="center">
                <table role="presentation" width="600" cellPadding={0} cellSpacing={0} style={{ maxWidth: 600, width: '100%', backgroundColor: '#ffffff', border: `1px solid ${colors.border}` }}>
                  <tbody>
                    <tr>
                      <td style={{ backgroundColor: colors.brand, color: '#ffffff', padding: '20px 24px', fontSize: 20, fontWeight: 700 }}>
                        {municipality.name[locale]}
                      </td>
                    </tr>
                    <tr>
                      <td style={{ padding: 24, fontSize: 16, lineHeight: '24px' }}>{children}</td>
                    </tr>
                    <tr>
                      <td style={{ borderTop: `1px solid ${colors.border}`, padding: '16px 24px', fontSize: 13, lineHeight: '20px', color: colors.muted }}>
                        <p style={{ margin: '0 0 8px' }}>{footer}</p>
                        <p style={{ margin: 0 }}>
                          {municipality.name[locale]}, {address.street}, {address.postalCode} {address.city}, {address.county} · {municipality.phone} · {municipality.email}
                        </p>
                      </td>
                    </tr>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}

export function EmailButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p style={{ margin: '24px 0' }}>
      <a href={href} style={{ backgroundColor: colors.brand, color: '#ffffff', padding: '12px 20px', textDecoration: 'none', borderRadius: 6, fontWeight: 700, display: 'inline-block' }}>
        {children}
      </a>
    </p>
  );
}
