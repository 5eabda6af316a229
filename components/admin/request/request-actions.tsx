'use client';

/**
 * The clerk's actions on a request file. Each is a small form posting to its server action with the
 * request's `version`; the server re-checks everything. A stale page gets a clear "reload" message.
 * Only the actions the workflow allows in the current status are offered (the page decides).
 */
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { useErrorText } from '@/components/forms/form-kit';
import { AttachmentUploader } from '@/components/requests/document-uploader';
import type { TActionResult } from '@/lib/actions';
import * as actions from '@/lib/requests/admin-actions';
import type { TWorkflowAction } from '@/lib/requests/workflow';
import { STAFF_UPLOAD_LIMITS } from '@/lib/documents/file-type';

type TTarget = { requestId: string; version: number };
type TFieldErrors = Record<string, string[] | undefined>;

function useStaffAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const run = (call: () => Promise<TActionResult<unknown>>, onDone?: () => void) =>
    startTransition(async () => {
      setError(null);
      setFieldErrors({});
      const result = await call().catch(() => null);
      if (result?.ok) {
        onDone?.();
        router.refresh();
        return;
      }
      setError(result?.formError ?? (result?.fieldErrors ? null : 'unexpected'));
      setFieldErrors(result?.fieldErrors ?? {});
    });
  return { pending, error, fieldErrors, run };
}

function Feedback({ error, fieldErrors }: { error: string | null; fieldErrors: TFieldErrors }) {
  const t = useTranslations('staffRequest');
  const text = useErrorText();
  const messages = [error, ...Object.values(fieldErrors).map((m) => m?.[0])].filter((m): m is string => Boolean(m));
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
      {messages.map((m) => (
        <p key={m} className="font-semibold">
          {text(m)}
        </p>
      ))}
      {error === 'request.stale' ? (
        <button type="button" onClick={() => window.location.reload()} className="mt-2 min-h-11 rounded-md border-2 border-red-800 px-4 font-semibold">
          {t('reload')}
        </button>
      ) : null}
    </div>
  );
}

const inputClass = 'block w-full min-h-11 rounded-md border-2 border-gray-500 bg-white px-3 py-2 aria-invalid:border-red-700';
const buttonClass = 'min-h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-lg border border-gray-300 p-4">
      <h3 id={id} className="text-lg font-bold text-brand-900">
        {title}
      </h3>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}

/** A field's error, under the field (the summary at the top of the form lists it too). */
function FieldError({ id, message }: { id: string; message?: string }) {
  const text = useErrorText();
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-semibold text-red-700">
      {text(message)}
    </p>
  );
}

type TFieldProps = { label: string; required?: boolean; error?: string; hint?: string };
type TControlProps = {
  id: string;
  required?: boolean;
  'aria-required'?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  className: string;
};

/** A labelled control (`*` when required) with its hint above and its error below, both read with it. */
function Field({ label, required, error, hint, children }: TFieldProps & { children: (control: TControlProps) => ReactNode }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
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
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {children({ id, required, 'aria-required': required || undefined, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, className: inputClass })}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function TextArea({ name, rows = 4, ...field }: TFieldProps & { name: string; rows?: number }) {
  return <Field {...field}>{(control) => <textarea name={name} rows={rows} {...control} />}</Field>;
}

function Input({ name, type = 'text', min, max, inputMode, ...field }: TFieldProps & { name: string; type?: string; min?: string; max?: string; inputMode?: 'decimal' | 'numeric' }) {
  return <Field {...field}>{(control) => <input name={name} type={type} min={min} max={max} inputMode={inputMode} {...control} />}</Field>;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '');
const submitWith = (handler: (form: FormData, element: HTMLFormElement) => void) => (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  handler(new FormData(event.currentTarget), event.currentTarget);
};

/** Staff attachments: uploaded, checked files whose ids go with the action. */
function Attachments({
  target,
  purpose,
  label,
  required = false,
  error,
  onChange,
}: {
  target: TTarget;
  purpose: 'RESPONSE' | 'MESSAGE_ATTACHMENT';
  label: string;
  required?: boolean;
  error?: string;
  onChange: (ids: string[]) => void;
}) {
  return <AttachmentUploader requestId={target.requestId} label={label} limits={STAFF_UPLOAD_LIMITS} required={required} error={error} staffPurpose={purpose} onChange={onChange} />;
}

export function RequestActions({
  target,
  allowed,
  clerks,
  fields,
  documents,
  currentAssigneeId,
  canExtendDays,
  deliveryElectronic,
}: {
  target: TTarget;
  allowed: TWorkflowAction[];
  clerks: { id: string; name: string }[];
  fields: { key: string; label: string }[];
  documents: { key: string; name: string }[];
  currentAssigneeId: string | null;
  canExtendDays: number;
  deliveryElectronic: boolean;
}) {
  const t = useTranslations('staffRequest');
  const can = (action: TWorkflowAction) => allowed.includes(action);
  return (
    <div className="space-y-4">
      {can('take') ? <TakeForm target={target} /> : null}
      {can('requestInfo') ? <RequestInfoForm target={target} fields={fields} documents={documents} /> : null}
      {can('requestFee') ? <RequestFeeForm target={target} /> : null}
      {can('confirmPayment') ? <PaymentForms target={target} /> : null}
      {can('approve') ? <ApproveForm target={target} requireDocument={deliveryElectronic} /> : null}
      {/* A new version (the message just sent) starts an empty message: no text or files sent twice. */}
      {can('messageToApplicant') ? <MessageForm key={target.version} target={target} /> : null}
      {can('assign') && clerks.length > 0 ? <AssignForm target={target} clerks={clerks} current={currentAssigneeId} /> : null}
      {can('extendDeadline') && canExtendDays > 0 ? <ExtendForm target={target} maxDays={canExtendDays} /> : null}
      {can('reject') ? <RejectForm target={target} /> : null}
      {can('internalNote') ? <NoteForm target={target} /> : null}
      {allowed.length === 0 ? <p>{t('noActions')}</p> : null}
    </div>
  );
}

type TFormAction = (form: FormData) => Promise<TActionResult<unknown>>;

/**
 * One action: a titled section with its form, the errors, and the submit button. The fields are
 * given the server's field errors; with `reset`, the form is emptied after a success.
 */
function ActionForm({
  title,
  hint,
  submitLabel,
  action,
  reset = false,
  tone = 'primary',
  children,
}: {
  title: string;
  hint?: string;
  submitLabel: string;
  action: TFormAction;
  reset?: boolean;
  tone?: 'primary' | 'approve' | 'danger';
  children?: (errors: TFieldErrors) => ReactNode;
}) {
  const { pending, error, fieldErrors, run } = useStaffAction();
  const tones = {
    primary: buttonClass,
    approve: 'min-h-11 rounded-lg bg-green-800 px-5 font-semibold text-white hover:bg-green-900 disabled:opacity-70',
    danger: 'min-h-11 rounded-lg bg-red-700 px-5 font-semibold text-white hover:bg-red-800 disabled:opacity-70',
  };
  return (
    <Section title={title}>
      <form onSubmit={submitWith((form, element) => run(() => action(form), reset ? () => element.reset() : undefined))} className="space-y-3">
        {hint ? <p className="text-sm text-gray-700">{hint}</p> : null}
        <Feedback error={error} fieldErrors={fieldErrors} />
        {children?.(fieldErrors)}
        <button type="submit" className={tones[tone]} disabled={pending}>
          {submitLabel}
        </button>
      </form>
    </Section>
  );
}

function TakeForm({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  return <ActionForm title={t('take.title')} hint={t('take.hint')} submitLabel={t('take.submit')} action={() => actions.takeAction(target)} />;
}

function AssignForm({ target, clerks, current }: { target: TTarget; clerks: { id: string; name: string }[]; current: string | null }) {
  const t = useTranslations('staffRequest');
  return (
    <ActionForm title={t('assign.title')} submitLabel={t('assign.submit')} action={(form) => actions.assignAction({ ...target, assigneeId: text(form, 'assigneeId') })}>
      {(errors) => (
        <Field label={t('assign.label')} required error={errors.assigneeId?.[0]}>
          {(control) => (
            <select name="assigneeId" defaultValue={current ?? ''} {...control}>
              <option value="" disabled>
                {t('assign.placeholder')}
              </option>
              {clerks.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </ActionForm>
  );
}

function NoteForm({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  return (
    <ActionForm title={t('note.title')} hint={t('note.hint')} submitLabel={t('note.submit')} reset action={(form) => actions.noteAction({ ...target, body: text(form, 'body') })}>
      {(errors) => <TextArea name="body" label={t('note.label')} required error={errors.body?.[0]} rows={3} />}
    </ActionForm>
  );
}

function MessageForm({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  return (
    <ActionForm title={t('message.title')} submitLabel={t('message.submit')} action={(form) => actions.messageAction({ ...target, body: text(form, 'body'), documentIds })}>
      {(errors) => (
        <>
          <TextArea name="body" label={t('message.label')} required error={errors.body?.[0]} />
          <Attachments target={target} purpose="MESSAGE_ATTACHMENT" label={t('message.attachments')} error={errors.documentIds?.[0]} onChange={setDocumentIds} />
        </>
      )}
    </ActionForm>
  );
}

function RequestInfoForm({ target, fields, documents }: { target: TTarget; fields: { key: string; label: string }[]; documents: { key: string; name: string }[] }) {
  const t = useTranslations('staffRequest');
  const id = useId();
  const checklist = (name: string, legend: string, items: { key: string; label: string }[], hint?: string, error?: string) => (
    <fieldset className="space-y-1" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-${name}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {hint ? <p className="text-sm text-gray-700">{hint}</p> : null}
      <FieldError id={`${id}-${name}-error`} message={error} />
      {items.map((item) => (
        <label key={item.key} className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name={name} value={item.key} className="h-6 w-6 accent-brand-700" />
          {item.label}
        </label>
      ))}
    </fieldset>
  );
  return (
    <ActionForm
      title={t('info.title')}
      submitLabel={t('info.submit')}
      action={(form) =>
        actions.requestInfoAction({
          ...target,
          body: text(form, 'body'),
          fields: form.getAll('fields').map(String),
          documents: form.getAll('documents').map(String),
          otherDocument: text(form, 'otherDocument') || undefined,
          dueDate: text(form, 'dueDate'),
        })
      }
    >
      {(errors) => (
        <>
          <TextArea name="body" label={t('info.message')} required error={errors.body?.[0]} />
          {checklist('fields', t('info.fields'), fields, t('info.fieldsHint'), errors.fields?.[0])}
          {documents.length > 0
            ? checklist(
                'documents',
                t('info.documents'),
                documents.map((d) => ({ key: d.key, label: d.name })),
                undefined,
                errors.documents?.[0],
              )
            : null}
          <Input name="otherDocument" label={t('info.other')} error={errors.otherDocument?.[0]} />
          <Input name="dueDate" type="date" label={t('info.dueDate')} required error={errors.dueDate?.[0]} />
        </>
      )}
    </ActionForm>
  );
}

function RequestFeeForm({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  return (
    <ActionForm
      title={t('fee.title')}
      submitLabel={t('fee.submit')}
      action={(form) =>
        actions.requestFeeAction({
          ...target,
          amount: text(form, 'amount'),
          legalBasis: text(form, 'legalBasis'),
          dueDate: text(form, 'dueDate'),
          instructions: text(form, 'instructions') || undefined,
        })
      }
    >
      {(errors) => (
        <>
          <Input name="amount" label={t('fee.amount')} hint={t('fee.amountHint')} inputMode="decimal" required error={errors.amount?.[0]} />
          <Input name="legalBasis" label={t('fee.legalBasis')} hint={t('fee.legalBasisHint')} required error={errors.legalBasis?.[0]} />
          <Input name="dueDate" type="date" label={t('fee.dueDate')} required error={errors.dueDate?.[0]} />
          <TextArea name="instructions" label={t('fee.instructions')} rows={3} error={errors.instructions?.[0]} />
          <p className="text-sm text-gray-700">{t('fee.accountHint')}</p>
        </>
      )}
    </ActionForm>
  );
}

function PaymentForms({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  return (
    <>
      <ActionForm title={t('payment.title')} hint={t('payment.hint')} submitLabel={t('payment.confirm')} action={() => actions.confirmPaymentAction(target)} />
      <ActionForm title={t('payment.rejectTitle')} submitLabel={t('payment.reject')} tone="danger" action={(form) => actions.rejectPaymentAction({ ...target, body: text(form, 'body') })}>
        {(errors) => <TextArea name="body" label={t('payment.rejectReason')} required error={errors.body?.[0]} rows={2} />}
      </ActionForm>
    </>
  );
}

function ApproveForm({ target, requireDocument }: { target: TTarget; requireDocument: boolean }) {
  const t = useTranslations('staffRequest');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  return (
    <ActionForm title={t('approve.title')} submitLabel={t('approve.submit')} tone="approve" action={(form) => actions.approveAction({ ...target, body: text(form, 'body'), documentIds })}>
      {(errors) => (
        <>
          <TextArea name="body" label={t('approve.message')} required error={errors.body?.[0]} rows={3} />
          <Attachments
            target={target}
            purpose="RESPONSE"
            label={requireDocument ? t('approve.documentsRequired') : t('approve.documents')}
            required={requireDocument}
            error={errors.documentIds?.[0]}
            onChange={setDocumentIds}
          />
        </>
      )}
    </ActionForm>
  );
}

function RejectForm({ target }: { target: TTarget }) {
  const t = useTranslations('staffRequest');
  return (
    <ActionForm title={t('reject.title')} submitLabel={t('reject.submit')} tone="danger" action={(form) => actions.rejectAction({ ...target, body: text(form, 'body') })}>
      {(errors) => <TextArea name="body" label={t('reject.reason')} required error={errors.body?.[0]} rows={3} />}
    </ActionForm>
  );
}

function ExtendForm({ target, maxDays }: { target: TTarget; maxDays: number }) {
  const t = useTranslations('staffRequest');
  return (
    <ActionForm title={t('extend.title')} submitLabel={t('extend.submit')} action={(form) => actions.extendAction({ ...target, days: Number(text(form, 'days')), body: text(form, 'body') })}>
      {(errors) => (
        <>
          <Input name="days" type="number" label={t('extend.days', { max: maxDays })} min="1" max={String(maxDays)} inputMode="numeric" required error={errors.days?.[0]} />
          <TextArea name="body" label={t('extend.reason')} required error={errors.body?.[0]} rows={2} />
        </>
      )}
    </ActionForm>
  );
}
