'use client';

/**
 * What the applicant can do on a filed request, each as its own panel: answer a request for more
 * information (only the flagged fields are editable), pay a fee and send the proof, write to the
 * city hall, withdraw. Every submit carries the request's `version`; a stale page is told to reload.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { ActionFormBody, getError, RequiredLegend, TextAreaField } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { AttachmentUploader, DocumentUploader, type TUploadedDocument } from '@/components/requests/document-uploader';
import { DefinitionFields, type TAnswerFormValues } from '@/components/services/definition-fields';
import { PAYMENT_PROOF_LIMITS, STAFF_UPLOAD_LIMITS } from '@/lib/documents/file-type';
import { messageCityHallAction, paymentProofAction, provideInfoAction, withdrawAction } from '@/lib/requests/actions/applicant';
import { ZApplicantMessageSchema, ZPaymentProofSchema, ZWithdrawSchema } from '@/lib/requests/schemas/applicant';
import { buildAnswersSchema } from '@/lib/services/form/answers';
import type { TServiceDefinition } from '@/lib/services/form/definition';

type TTarget = { requestId: string; version: number };

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

/** The applicant's files for a proof of payment or a message, as the form's `documentIds`. */
function Files<T extends FieldValues & { documentIds?: string[] }>({
  form,
  target,
  label,
  purpose,
  error,
}: {
  form: UseFormReturn<T>;
  target: TTarget;
  label: string;
  purpose: 'PAYMENT_PROOF' | 'MESSAGE_ATTACHMENT';
  error?: string;
}) {
  const { setValue } = form;
  const onChange = useCallback((ids: string[]) => setValue('documentIds' as Path<T>, ids as PathValue<T, Path<T>>), [setValue]);
  const limits = purpose === 'PAYMENT_PROOF' ? PAYMENT_PROOF_LIMITS : STAFF_UPLOAD_LIMITS;
  return <AttachmentUploader requestId={target.requestId} label={label} limits={limits} required={purpose === 'PAYMENT_PROOF'} error={error} applicantPurpose={purpose} onChange={onChange} />;
}

/** The reply's own message, kept in the answers' form under a name no field of a service can have. */
const MESSAGE = '_message';

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
  const [sent, setSent] = useState<Record<string, string[]>>({});
  const reply = useActionForm(schema, {
    defaultValues: { ...answers, [MESSAGE]: '' },
    mode: 'onTouched',
    action: async (values) => {
      const changed = Object.fromEntries(fields.map((key) => [key, values[key] ?? null]));
      const body = typeof values[MESSAGE] === 'string' ? values[MESSAGE] : '';
      const result = await provideInfoAction({ ...target, answers: changed as never, documentIds: Object.values(sent).flat(), body });
      if (result.ok || !result.fieldErrors?.body) return result;
      // The server names the message `body`, as its schema does.
      const { body: messageErrors, ...fieldErrors } = result.fieldErrors;
      return { ...result, fieldErrors: { ...fieldErrors, [MESSAGE]: messageErrors } };
    },
  });
  const { form } = reply;
  const onDocuments = useCallback((key: string, stored: TUploadedDocument[]) => setSent((current) => ({ ...current, [key]: stored.map((d) => d.id) })), []);
  const editable = useCallback((key: string) => fields.includes(key), [fields]);
  return (
    <Panel title={t('reply.title')} tone="attention">
      <p>{t('reply.lead')}</p>
      <ActionFormBody actionForm={reply} submit={t('reply.submit')} intro={<RequiredLegend />} className="space-y-6">
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
              error={getError(form.formState.errors, `_doc.${requirement.key}`)}
              onChange={onDocuments}
              filed
            />
          ))}
        <TextAreaField form={form} name={MESSAGE} label={t('reply.message')} rows={3} />
      </ActionFormBody>
    </Panel>
  );
}

export function PaymentProof({ target }: { target: TTarget }) {
  const t = useTranslations('requestActions');
  const proof = useActionForm(ZPaymentProofSchema, { defaultValues: { documentIds: [] }, bound: target, action: paymentProofAction });
  return (
    <ActionFormBody actionForm={proof} submit={t('fee.sendProof')} className="space-y-3 border-t border-amber-300 pt-4">
      <Files form={proof.form} target={target} label={t('fee.proof')} purpose="PAYMENT_PROOF" error={getError(proof.form.formState.errors, '_doc.paymentProof')} />
    </ActionFormBody>
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
  const message = useActionForm(ZApplicantMessageSchema, { defaultValues: { body: '', documentIds: [] }, bound: target, action: messageCityHallAction });
  return (
    <Panel title={t('message.title')}>
      <ActionFormBody actionForm={message} scope="message" submit={t('message.submit')}>
        <TextAreaField form={message.form} name="body" label={t('message.label')} rows={4} required />
        <Files form={message.form} target={target} label={t('message.attachments')} purpose="MESSAGE_ATTACHMENT" />
      </ActionFormBody>
    </Panel>
  );
}

export function Withdraw({ target }: { target: TTarget }) {
  const t = useTranslations('requestActions');
  const withdraw = useActionForm(ZWithdrawSchema, { defaultValues: { body: '' }, bound: target, action: withdrawAction });
  const [confirming, setConfirming] = useState(false);
  const cancel = (
    <button type="button" className="min-h-12 rounded-lg border-2 border-gray-600 px-6 font-semibold" onClick={() => setConfirming(false)}>
      {t('withdraw.cancel')}
    </button>
  );
  return (
    <Panel title={t('withdraw.title')}>
      <p>{t('withdraw.lead')}</p>
      {confirming ? (
        <ActionFormBody actionForm={withdraw} scope="withdraw" submit={t('withdraw.confirm')} variant="danger" actions={cancel} className="space-y-3">
          <TextAreaField form={withdraw.form} name="body" label={t('withdraw.reason')} rows={2} />
          <p className="font-semibold">{t('withdraw.question')}</p>
        </ActionFormBody>
      ) : (
        <button type="button" className="min-h-12 rounded-lg border-2 border-red-700 px-6 font-semibold text-red-800" onClick={() => setConfirming(true)}>
          {t('withdraw.start')}
        </button>
      )}
    </Panel>
  );
}
