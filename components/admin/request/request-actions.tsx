'use client';

/**
 * The clerk's actions on a request file. Each is a small form checked by its action's schema and
 * posting it with the request's `version`; the server re-checks everything. A stale page gets a
 * clear "reload" message. Only the actions the workflow allows in the current status are offered
 * (the page decides).
 */
import { useTranslations } from 'next-intl';
import { useCallback, useId, type ReactNode } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { ActionFormBody, CheckboxGroupField, getError, SelectField, TextAreaField, TextField, type TActionFormBodyProps } from '@/components/forms/form-kit';
import { KEYBOARDS } from '@/components/forms/keyboards';
import { useActionForm } from '@/components/forms/use-action-form';
import { AnswerPreview } from '@/components/admin/request/answer-preview';
import { AttachmentUploader } from '@/components/requests/document-uploader';
import { STAFF_UPLOAD_LIMITS } from '@/lib/documents/file-type';
import * as actions from '@/lib/requests/actions/staff';
import * as schemas from '@/lib/requests/schemas/staff';
import type { TTermUnit } from '@/lib/requests/terms';
import type { TWorkflowAction } from '@/lib/requests/workflow';

type TTarget = { requestId: string; version: number };

/** An action's titled region and its form; the page's many forms keep the compact buttons. */
function ActionSection<T extends FieldValues>({ title, ...body }: { title: string; scope: string } & Omit<TActionFormBodyProps<T>, 'size' | 'className'>) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-lg border border-gray-300 p-4">
      <h3 id={id} className="text-lg font-bold text-brand-900">
        {title}
      </h3>
      <ActionFormBody {...body} size="compact" className="mt-3 space-y-3" />
    </section>
  );
}

const Hint = ({ children }: { children: ReactNode }) => <p className="text-sm text-gray-700">{children}</p>;

export function RequestActions({
  target,
  allowed,
  clerks,
  fields,
  documents,
  currentAssigneeId,
  maxExtensionDays,
  termUnit,
}: {
  target: TTarget;
  allowed: TWorkflowAction[];
  clerks: { id: string; name: string }[];
  fields: { key: string; label: string }[];
  documents: { key: string; name: string }[];
  currentAssigneeId: string | null;
  /** The longest extension the service's law allows, in the term's unit (offered only when the workflow allows one). */
  maxExtensionDays: number;
  termUnit: TTermUnit;
}) {
  const t = useTranslations('staffRequest');
  const can = (action: TWorkflowAction) => allowed.includes(action);
  return (
    <div className="space-y-4">
      {can('take') ? <TakeForm target={target} /> : null}
      {can('requestInfo') ? <RequestInfoForm target={target} fields={fields} documents={documents} /> : null}
      {can('requestFee') ? <RequestFeeForm target={target} /> : null}
      {can('confirmPayment') ? <PaymentForms target={target} /> : null}
      {can('approve') ? <ApproveForm target={target} /> : null}
      {/* A new version (the message just sent) starts an empty message: no text or files sent twice. */}
      {can('messageToApplicant') ? <MessageForm key={target.version} target={target} /> : null}
      {can('assign') && clerks.length > 0 ? <AssignForm target={target} clerks={clerks} current={currentAssigneeId} /> : null}
      {can('extendDeadline') ? <ExtendForm target={target} maxDays={maxExtensionDays} unit={termUnit} /> : null}
      {can('reject') ? <RejectForm target={target} /> : null}
      {can('internalNote') ? <NoteForm target={target} /> : null}
      {allowed.length === 0 ? <p>{t('noActions')}</p> : null}
    </div>
  );
}

function TakeForm({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  const take = useActionForm(schemas.ZTakeSchema, { defaultValues: {}, bound: target, action: actions.takeAction });
  return <ActionSection scope="take" title={t('take.title')} intro={<Hint>{t('take.hint')}</Hint>} submit={t('take.submit')} actionForm={take} />;
}

function AssignForm({ target, clerks, current }: { target: TTarget; clerks: { id: string; name: string }[]; current: string | null }) {
  const t = useTranslations('staffRequest');
  const assign = useActionForm(schemas.ZAssignSchema, { defaultValues: { assigneeId: current ?? '' }, bound: target, action: actions.assignAction });
  return (
    <ActionSection scope="assign" title={t('assign.title')} submit={t('assign.submit')} actionForm={assign}>
      <SelectField form={assign.form} name="assigneeId" label={t('assign.label')} required placeholder={t('assign.placeholder')} options={clerks.map((c) => ({ value: c.id, label: c.name }))} />
    </ActionSection>
  );
}

function NoteForm({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  const note = useActionForm(schemas.ZNoteSchema, { defaultValues: { body: '' }, bound: target, reset: true, action: actions.noteAction });
  return (
    <ActionSection scope="note" title={t('note.title')} intro={<Hint>{t('note.hint')}</Hint>} submit={t('note.submit')} actionForm={note}>
      <TextAreaField form={note.form} name="body" label={t('note.label')} required rows={3} />
    </ActionSection>
  );
}

/** Staff attachments: uploaded, checked files whose ids go with the action as `documentIds`. */
function Attachments<T extends FieldValues & { documentIds?: string[] }>({
  form,
  target,
  purpose,
  label,
  required = false,
}: {
  form: UseFormReturn<T>;
  target: TTarget;
  purpose: 'RESPONSE' | 'MESSAGE_ATTACHMENT';
  label: string;
  required?: boolean;
}) {
  const { setValue } = form;
  const onChange = useCallback((ids: string[]) => setValue('documentIds' as Path<T>, ids as PathValue<T, Path<T>>), [setValue]);
  return (
    <AttachmentUploader
      requestId={target.requestId}
      label={label}
      limits={STAFF_UPLOAD_LIMITS}
      required={required}
      error={getError(form.formState.errors, 'documentIds')}
      staffPurpose={purpose}
      onChange={onChange}
    />
  );
}

function MessageForm({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  const message = useActionForm(schemas.ZMessageSchema, { defaultValues: { body: '', documentIds: [] }, bound: target, action: actions.messageAction });
  return (
    <ActionSection scope="message" title={t('message.title')} submit={t('message.submit')} actionForm={message}>
      <TextAreaField form={message.form} name="body" label={t('message.label')} required rows={4} />
      <Attachments form={message.form} target={target} purpose="MESSAGE_ATTACHMENT" label={t('message.attachments')} />
    </ActionSection>
  );
}

function RequestInfoForm({ target, fields, documents }: { target: TTarget; fields: { key: string; label: string }[]; documents: { key: string; name: string }[] }) {
  const t = useTranslations('staffRequest');
  const info = useActionForm(schemas.ZRequestInfoSchema, {
    defaultValues: { body: '', fields: [], documents: [], otherDocument: '', dueDate: '' },
    bound: target,
    action: actions.requestInfoAction,
  });
  return (
    <ActionSection scope="info" title={t('info.title')} submit={t('info.submit')} actionForm={info}>
      <TextAreaField form={info.form} name="body" label={t('info.message')} required rows={4} />
      <CheckboxGroupField form={info.form} name="fields" label={t('info.fields')} hint={t('info.fieldsHint')} options={fields.map((f) => ({ value: f.key, label: f.label }))} />
      {documents.length > 0 ? <CheckboxGroupField form={info.form} name="documents" label={t('info.documents')} options={documents.map((d) => ({ value: d.key, label: d.name }))} /> : null}
      <TextField form={info.form} name="otherDocument" label={t('info.other')} />
      <TextField form={info.form} name="dueDate" type="date" label={t('info.dueDate')} required />
      <AnswerPreview
        target={target}
        kind="INFO_REQUEST"
        values={() => {
          const v = info.form.getValues();
          return { body: v.body ?? '', info: { dueDate: v.dueDate ?? '', fields: v.fields ?? [], documents: v.documents ?? [], otherDocument: v.otherDocument ?? '' } };
        }}
      />
    </ActionSection>
  );
}

function RequestFeeForm({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  const fee = useActionForm(schemas.ZRequestFeeSchema, { defaultValues: { amount: '', legalBasis: '', dueDate: '', instructions: '' }, bound: target, action: actions.requestFeeAction });
  return (
    <ActionSection scope="fee" title={t('fee.title')} submit={t('fee.submit')} actionForm={fee}>
      <TextField form={fee.form} name="amount" label={t('fee.amount')} hint={t('fee.amountHint')} required {...KEYBOARDS.decimal} />
      <TextField form={fee.form} name="legalBasis" label={t('fee.legalBasis')} hint={t('fee.legalBasisHint')} required />
      <TextField form={fee.form} name="dueDate" type="date" label={t('fee.dueDate')} required />
      <TextAreaField form={fee.form} name="instructions" label={t('fee.instructions')} rows={3} />
      <Hint>{t('fee.accountHint')}</Hint>
      <AnswerPreview
        target={target}
        kind="FEE_NOTICE"
        values={() => {
          const v = fee.form.getValues();
          return { body: v.instructions ?? '', fee: { amount: v.amount ?? '', dueDate: v.dueDate ?? '', legalBasis: v.legalBasis ?? '' } };
        }}
      />
    </ActionSection>
  );
}

function PaymentForms({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  const confirm = useActionForm(schemas.ZConfirmPaymentSchema, { defaultValues: {}, bound: target, action: actions.confirmPaymentAction });
  const reject = useActionForm(schemas.ZRejectPaymentSchema, { defaultValues: { body: '' }, bound: target, action: actions.rejectPaymentAction });
  return (
    <>
      <ActionSection scope="confirmPayment" title={t('payment.title')} intro={<Hint>{t('payment.hint')}</Hint>} submit={t('payment.confirm')} actionForm={confirm} />
      <ActionSection scope="rejectPayment" title={t('payment.rejectTitle')} submit={t('payment.reject')} variant="danger" actionForm={reject}>
        <TextAreaField form={reject.form} name="body" label={t('payment.rejectReason')} required rows={2} />
      </ActionSection>
    </>
  );
}

function ApproveForm({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  const approve = useActionForm(schemas.ZApproveSchema, { defaultValues: { body: '', documentIds: [] }, bound: target, action: actions.approveAction });
  return (
    <ActionSection scope="approve" title={t('approve.title')} submit={t('approve.submit')} variant="approve" actionForm={approve}>
      <TextAreaField form={approve.form} name="body" label={t('approve.message')} required rows={3} />
      <AnswerPreview target={target} kind="APPROVAL" values={() => ({ body: approve.form.getValues('body') ?? '' })} />
      <p className="text-base text-gray-700">{t('approve.documentsHint')}</p>
      <Attachments form={approve.form} target={target} purpose="RESPONSE" label={t('approve.documents')} />
    </ActionSection>
  );
}

function RejectForm({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  const reject = useActionForm(schemas.ZRejectSchema, { defaultValues: { body: '' }, bound: target, action: actions.rejectAction });
  return (
    <ActionSection scope="reject" title={t('reject.title')} submit={t('reject.submit')} variant="danger" actionForm={reject}>
      <TextAreaField form={reject.form} name="body" label={t('reject.reason')} required rows={3} />
      <AnswerPreview target={target} kind="REFUSAL" values={() => ({ body: reject.form.getValues('body') ?? '' })} />
    </ActionSection>
  );
}

function ExtendForm({ target, maxDays, unit }: { target: TTarget; maxDays: number; unit: TTermUnit }) {
  const t = useTranslations('staffRequest');
  const extend = useActionForm(schemas.ZExtendSchema, { defaultValues: { days: '', body: '' }, bound: target, action: actions.extendAction });
  return (
    <ActionSection scope="extend" title={t('extend.title')} submit={t('extend.submit')} actionForm={extend}>
      <TextField form={extend.form} name="days" type="number" label={t('extend.days', { max: maxDays, unit })} min="1" max={String(maxDays)} inputMode="numeric" required />
      <TextAreaField form={extend.form} name="body" label={t('extend.reason')} required rows={2} />
    </ActionSection>
  );
}
