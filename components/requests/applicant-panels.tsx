'use client';

/**
 * What the applicant can do on a filed request, each as its own panel: answer a request for more
 * information (only the flagged fields are editable), pay a fee and send the proof, write to the
 * city hall, withdraw. Every submit carries the request's `version`; a stale page is told to reload.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useId, useMemo, useState, useTransition, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { applyServerErrors, ErrorSummary, RequiredLegend, useErrorText } from '@/components/forms/form-kit';
import { AttachmentUploader, DocumentUploader, type TUploadedDocument } from '@/components/requests/document-uploader';
import { DefinitionFields, type TAnswerFormValues } from '@/components/services/definition-fields';
import type { TActionResult } from '@/lib/actions';
import { PAYMENT_PROOF_LIMITS, STAFF_UPLOAD_LIMITS } from '@/lib/documents/file-type';
import { messageCityHallAction, paymentProofAction, provideInfoAction, withdrawAction } from '@/lib/requests/actions';
import { buildAnswersSchema } from '@/lib/services/form/answers';
import type { TServiceDefinition } from '@/lib/services/form/definition';

type TTarget = { requestId: string; version: number };

const buttonClass = 'min-h-12 rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70';
const inputClass = 'block w-full min-h-11 rounded-md border-2 border-gray-500 bg-white px-3 py-2';

function Panel({ title, tone = 'default', children }: { title: string; tone?: 'default' | 'attention'; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`space-y-4 rounded-lg border-2 p-5 ${tone === 'attention' ? 'border-amber-600 bg-amber-50' : 'border-gray-300'}`}>
      <h2 id={id} className="text-2xl font-bold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function useRequestAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const run = (call: () => Promise<TActionResult<unknown>>, onFailure?: (result: TActionResult<unknown>) => void) =>
    startTransition(async () => {
      setError(null);
      setFieldErrors({});
      const result = await call().catch(() => null);
      if (result?.ok) return router.refresh();
      if (result && onFailure) onFailure(result);
      // Field errors go next to their fields; the line at the top says what failed otherwise.
      setFieldErrors(result?.fieldErrors ?? {});
      setError(result?.formError ?? (result?.fieldErrors ? null : 'unexpected'));
    });
  return { pending, error, fieldErrors, run };
}

/** A field's error under the field. */
function FieldError({ id, message }: { id: string; message?: string }) {
  const text = useErrorText();
  return message ? (
    <p id={id} className="text-sm font-semibold text-red-700">
      {text(message)}
    </p>
  ) : null;
}

/** A text the applicant writes, with its label and, under it, its error from the server. */
function TextArea({ label, value, onChange, rows, required, error }: { label: string; value: string; onChange: (value: string) => void; rows: number; required?: boolean; error?: string }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="font-semibold">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-red-700">
            {' '}
            *
          </span>
        ) : null}
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={rows}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function ErrorLine({ error }: { error: string | null }) {
  const t = useTranslations('requestActions');
  const text = useErrorText();
  if (!error) return null;
  return (
    <div role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
      {text(error)}
      {error === 'request.stale' ? (
        <button type="button" onClick={() => window.location.reload()} className="ml-3 min-h-11 rounded-md border-2 border-red-800 px-4">
          {t('reload')}
        </button>
      ) : null}
    </div>
  );
}

/** The applicant's files for a proof of payment or a message. */
function Files({ target, label, purpose, error, onChange }: { target: TTarget; label: string; purpose: 'PAYMENT_PROOF' | 'MESSAGE_ATTACHMENT'; error?: string; onChange: (ids: string[]) => void }) {
  const limits = purpose === 'PAYMENT_PROOF' ? PAYMENT_PROOF_LIMITS : STAFF_UPLOAD_LIMITS;
  return <AttachmentUploader requestId={target.requestId} label={label} limits={limits} required={purpose === 'PAYMENT_PROOF'} error={error} applicantPurpose={purpose} onChange={onChange} />;
}

export function ReplyToInfoRequest({
  target,
  definition,
  answers,
  fields,
  documents,
}: {
  target: TTarget;
  definition: TServiceDefinition;
  answers: TAnswerFormValues;
  /** Keys of the flagged fields and document requirements. */
  fields: string[];
  documents: string[];
}) {
  const t = useTranslations('requestActions');
  const locale = useLocale() === 'en' ? 'en' : 'ro';
  const schema = useMemo(() => buildAnswersSchema(definition), [definition]);
  const form = useForm<TAnswerFormValues>({ resolver: zodResolver(schema as never) as never, defaultValues: answers, mode: 'onTouched' });
  const { pending, error, fieldErrors, run } = useRequestAction();
  const [sent, setSent] = useState<Record<string, string[]>>({});
  const [body, setBody] = useState('');
  const onDocuments = useCallback((key: string, stored: TUploadedDocument[]) => setSent((current) => ({ ...current, [key]: stored.map((d) => d.id) })), []);
  const editable = useCallback((key: string) => fields.includes(key), [fields]);
  const onSubmit = form.handleSubmit((values) => {
    const changed = Object.fromEntries(fields.map((key) => [key, form.getValues(key) ?? values[key] ?? null]));
    run(
      () => provideInfoAction({ ...target, answers: changed as never, documentIds: Object.values(sent).flat(), body }),
      (result) => applyServerErrors(form, result),
    );
  });
  return (
    <Panel title={t('reply.title')} tone="attention">
      <p>{t('reply.lead')}</p>
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        <RequiredLegend />
        <ErrorSummary form={form} />
        <ErrorLine error={error} />
        <DefinitionFields definition={definition} form={form} locale={locale} isEditable={editable} />
        {definition.documents
          .filter((requirement) => documents.includes(requirement.key))
          .map((requirement) => (
            <DocumentUploader
              key={requirement.key}
              requirement={{ ...requirement, required: true }}
              locale={locale}
              initial={[]}
              ensureDraft={async () => target.requestId}
              error={fieldErrors[`_doc.${requirement.key}`]?.[0]}
              onChange={onDocuments}
              filed
            />
          ))}
        <TextArea label={t('reply.message')} value={body} onChange={setBody} rows={3} error={fieldErrors.body?.[0]} />
        <button type="submit" className={buttonClass} disabled={pending}>
          {t('reply.submit')}
        </button>
      </form>
    </Panel>
  );
}

export function PaymentProof({ target }: { target: TTarget }) {
  const t = useTranslations('requestActions');
  const { pending, error, fieldErrors, run } = useRequestAction();
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  return (
    <div className="space-y-3 border-t border-amber-300 pt-4">
      <ErrorLine error={error} />
      <Files target={target} label={t('fee.proof')} purpose="PAYMENT_PROOF" error={fieldErrors['_doc.paymentProof']?.[0]} onChange={setDocumentIds} />
      <button type="button" className={buttonClass} disabled={pending} onClick={() => run(() => paymentProofAction({ ...target, documentIds }))}>
        {t('fee.sendProof')}
      </button>
    </div>
  );
}

export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useTranslations('requestActions');
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="min-h-11 rounded-md border-2 border-brand-700 px-3 text-sm font-semibold text-brand-800"
      onClick={() =>
        void navigator.clipboard?.writeText(value).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? t('copied') : t('copy')}
      <span className="sr-only"> {label}</span>
    </button>
  );
}

export function MessageCityHall({ target }: { target: TTarget }) {
  const t = useTranslations('requestActions');
  const { pending, error, fieldErrors, run } = useRequestAction();
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [body, setBody] = useState('');
  return (
    <Panel title={t('message.title')}>
      <ErrorLine error={error} />
      <TextArea label={t('message.label')} value={body} onChange={setBody} rows={4} required error={fieldErrors.body?.[0]} />
      <Files target={target} label={t('message.attachments')} purpose="MESSAGE_ATTACHMENT" onChange={setDocumentIds} />
      <button type="button" className={buttonClass} disabled={pending} onClick={() => run(() => messageCityHallAction({ ...target, body, documentIds }))}>
        {t('message.submit')}
      </button>
    </Panel>
  );
}

export function Withdraw({ target }: { target: TTarget }) {
  const t = useTranslations('requestActions');
  const { pending, error, fieldErrors, run } = useRequestAction();
  const [confirming, setConfirming] = useState(false);
  const [body, setBody] = useState('');
  return (
    <Panel title={t('withdraw.title')}>
      <p>{t('withdraw.lead')}</p>
      <ErrorLine error={error} />
      {confirming ? (
        <div className="space-y-3">
          <TextArea label={t('withdraw.reason')} value={body} onChange={setBody} rows={2} error={fieldErrors.body?.[0]} />
          <p className="font-semibold">{t('withdraw.question')}</p>
          <div className="flex flex-wrap gap-3">
            <button type="button" disabled={pending} className="min-h-12 rounded-lg bg-red-700 px-6 font-semibold text-white" onClick={() => run(() => withdrawAction({ ...target, body }))}>
              {t('withdraw.confirm')}
            </button>
            <button type="button" className="min-h-12 rounded-lg border-2 border-gray-600 px-6 font-semibold" onClick={() => setConfirming(false)}>
              {t('withdraw.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="min-h-12 rounded-lg border-2 border-red-700 px-6 font-semibold text-red-800" onClick={() => setConfirming(true)}>
          {t('withdraw.start')}
        </button>
      )}
    </Panel>
  );
}
