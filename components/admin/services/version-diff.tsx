import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { TYPE_LABELS, type TAcceptedType } from '@/lib/documents/file-type';
import { pick, type TLocale } from '@/lib/i18n/config';
import type { TLocalized } from '@/lib/services/form/definition';
import type { TDefinitionDiff, TMove, TPropertyChange } from '@/lib/services/form/diff';

type TTranslate = Awaited<ReturnType<typeof getTranslations<'servicesAdmin.diff'>>>;

const isLocalized = (value: unknown): value is TLocalized => Boolean(value) && typeof value === 'object' && 'ro' in (value as object) && 'en' in (value as object);

/** A property's value as a person reads it: texts in the reader's language, yes / no, "—" when not set. */
function describe(value: unknown, property: string, t: TTranslate, locale: TLocale): string {
  if (value === undefined || value === null) return t('unset');
  if (isLocalized(value)) return `„${pick(locale, value.ro, value.en)}”`;
  if (typeof value === 'boolean') return value ? t('yes') : t('no');
  if (property === 'type' && typeof value === 'string' && t.has(`types.${value}`)) return t(`types.${value}` as 'types.text');
  if (property === 'accept' && Array.isArray(value)) return value.map((type) => TYPE_LABELS[type as TAcceptedType] ?? String(type)).join(', ');
  if (property === 'visibleWhen' && typeof value === 'object') {
    const { field, equals } = value as { field: string; equals: unknown };
    // A checkbox's condition is ticked or not: yes / no in the reader's language, not "true".
    return t('condition', { field, values: Array.isArray(equals) ? equals.join(', ') : typeof equals === 'boolean' ? (equals ? t('yes') : t('no')) : String(equals) });
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-2">
      <h4 className="text-lg font-bold text-brand-900">{title}</h4>
      {children}
    </div>
  );
}

function Changes({ changes, t, locale }: { changes: TPropertyChange<string>[]; t: TTranslate; locale: TLocale }) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {changes.map((change) => (
        <li key={change.property}>
          <span className="font-semibold">{t.has(`properties.${change.property}`) ? t(`properties.${change.property}` as 'properties.label') : change.property}:</span>{' '}
          {describe(change.from, change.property, t, locale)} → {describe(change.to, change.property, t, locale)}
        </li>
      ))}
    </ul>
  );
}

function Moves({ moves, t, locale }: { moves: TMove[]; t: TTranslate; locale: TLocale }) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {moves.map((move) => (
        <li key={move.key}>{t('movedItem', { label: pick(locale, move.label.ro, move.label.en), key: move.key, from: move.from, to: move.to })}</li>
      ))}
    </ul>
  );
}

/** What changed from one version of a form to another, section by section; only what changed is shown. */
export async function VersionDiff({ diff, locale }: { diff: TDefinitionDiff; locale: TLocale }) {
  const t = await getTranslations('servicesAdmin.diff');
  if (diff.identical) return <p>{t('identical')}</p>;
  const name = (label: TLocalized, key: string) => t('item', { label: pick(locale, label.ro, label.en), key });
  const { fields, documents } = diff;
  return (
    <div className="space-y-6">
      {diff.delivery ? (
        <Group title={t('delivery')}>
          <p>
            {t(`deliveryModes.${diff.delivery.from}`)} → {t(`deliveryModes.${diff.delivery.to}`)}
          </p>
        </Group>
      ) : null}
      {fields.added.length > 0 ? (
        <Group title={t('fieldsAdded')}>
          <ul className="list-disc space-y-1 pl-6">
            {fields.added.map((field) => (
              <li key={field.key}>
                {name(field.label, field.key)} — {describe(field.type, 'type', t, locale)}
                {field.required ? `, ${t('required')}` : ''}
              </li>
            ))}
          </ul>
        </Group>
      ) : null}
      {fields.removed.length > 0 ? (
        <Group title={t('fieldsRemoved')}>
          <ul className="list-disc space-y-1 pl-6">
            {fields.removed.map((field) => (
              <li key={field.key}>{name(field.label, field.key)}</li>
            ))}
          </ul>
        </Group>
      ) : null}
      {fields.changed.length > 0 ? (
        <Group title={t('fieldsChanged')}>
          <ul className="space-y-4">
            {fields.changed.map((field) => (
              <li key={field.key} className="rounded-lg border border-gray-300 p-3">
                <p className="font-semibold">{name(field.label, field.key)}</p>
                <Changes changes={field.changes} t={t} locale={locale} />
                {field.options ? (
                  <ul className="list-disc space-y-1 pl-6">
                    {field.options.added.map((o) => (
                      <li key={`+${o.value}`}>{t('optionAdded', { label: pick(locale, o.label.ro, o.label.en), value: o.value })}</li>
                    ))}
                    {field.options.removed.map((o) => (
                      <li key={`-${o.value}`}>{t('optionRemoved', { label: pick(locale, o.label.ro, o.label.en), value: o.value })}</li>
                    ))}
                    {field.options.relabelled.map((o) => (
                      <li key={`~${o.value}`}>{t('optionRelabelled', { from: pick(locale, o.from.ro, o.from.en), to: pick(locale, o.to.ro, o.to.en), value: o.value })}</li>
                    ))}
                    {field.options.reordered ? <li>{t('optionsReordered')}</li> : null}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </Group>
      ) : null}
      {fields.moved.length > 0 ? (
        <Group title={t('fieldsMoved')}>
          <Moves moves={fields.moved} t={t} locale={locale} />
        </Group>
      ) : null}
      {documents.added.length > 0 ? (
        <Group title={t('documentsAdded')}>
          <ul className="list-disc space-y-1 pl-6">
            {documents.added.map((document) => (
              <li key={document.key}>
                {name(document.name, document.key)}
                {document.required ? ` — ${t('required')}` : ''}
              </li>
            ))}
          </ul>
        </Group>
      ) : null}
      {documents.removed.length > 0 ? (
        <Group title={t('documentsRemoved')}>
          <ul className="list-disc space-y-1 pl-6">
            {documents.removed.map((document) => (
              <li key={document.key}>{name(document.name, document.key)}</li>
            ))}
          </ul>
        </Group>
      ) : null}
      {documents.changed.length > 0 ? (
        <Group title={t('documentsChanged')}>
          <ul className="space-y-4">
            {documents.changed.map((document) => (
              <li key={document.key} className="rounded-lg border border-gray-300 p-3">
                <p className="font-semibold">{name(document.name, document.key)}</p>
                <Changes changes={document.changes} t={t} locale={locale} />
              </li>
            ))}
          </ul>
        </Group>
      ) : null}
      {documents.moved.length > 0 ? (
        <Group title={t('documentsMoved')}>
          <Moves moves={documents.moved} t={t} locale={locale} />
        </Group>
      ) : null}
    </div>
  );
}
