'use client';

/**
 * The documents of a form, one block per requirement: the limits before choosing, then one row per
 * file with a progress bar, cancel while uploading and remove afterwards. Files go straight to the
 * store (presigned POST); the server then checks what landed before the document counts.
 * On a kiosk terminal, a requirement that takes images opens the terminal's camera or scanner
 * (`capture`), and a hint says that a document not at hand can be added later from home.
 */
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useErrorText } from '@/components/forms/form-kit';
import { declaredType, postFile, UploadCancelled } from '@/components/forms/presigned-upload';
import { useKiosk } from '@/components/kiosk/kiosk-context';
import type { TActionResult } from '@/lib/actions';
import { confirmStaffUploadAction, confirmUploadAction, removeStaffUploadAction, removeUploadAction, startStaffUploadAction, startUploadAction } from '@/lib/documents/actions';
import { formatFileSize, TYPE_LABELS } from '@/lib/documents/file-type';
import type { TDocumentRequirement } from '@/lib/services/form/definition';

export type TUploadedDocument = { id: string; requirementKey: string | null; fileName: string; contentType: string; sizeBytes: number };

type TRow =
  | { kind: 'stored'; key: string; document: TUploadedDocument }
  | { kind: 'uploading'; key: string; fileName: string; sizeBytes: number; progress: number; cancel: () => void }
  | { kind: 'checking'; key: string; fileName: string; sizeBytes: number }
  | { kind: 'failed'; key: string; fileName: string; error: string };

const MB = 1024 * 1024;

type TFileInfo = { fileName: string; contentType: string; sizeBytes: number };
type TUploadApi = {
  start: (requestId: string, file: TFileInfo) => Promise<TActionResult<{ documentId: string; url: string; fields: Record<string, string> }>>;
  confirm: (documentId: string) => Promise<TActionResult<TUploadedDocument>>;
  remove: (documentId: string) => Promise<TActionResult<void>>;
};

/** The applicant's documents (for a requirement of the form, a proof of payment, a message), or staff attachments. */
function uploadApi(requirementKey: string, staffPurpose?: 'RESPONSE' | 'MESSAGE_ATTACHMENT', applicantPurpose?: 'PAYMENT_PROOF' | 'MESSAGE_ATTACHMENT'): TUploadApi {
  if (staffPurpose) {
    return {
      start: (requestId, file) => startStaffUploadAction({ requestId, purpose: staffPurpose, ...file }),
      confirm: (documentId) => confirmStaffUploadAction({ documentId }),
      remove: (documentId) => removeStaffUploadAction({ documentId }),
    };
  }
  return {
    start: (requestId, file) => startUploadAction(applicantPurpose ? { requestId, purpose: applicantPurpose, ...file } : { requestId, requirementKey, ...file }),
    confirm: (documentId) => confirmUploadAction({ documentId }),
    remove: (documentId) => removeUploadAction({ documentId }),
  };
}

export function DocumentUploader({
  requirement,
  locale,
  initial,
  ensureDraft,
  error,
  onChange,
  staffPurpose,
  applicantPurpose,
  filed = false,
}: {
  requirement: TDocumentRequirement;
  locale: 'ro' | 'en';
  initial: TUploadedDocument[];
  /** The request the files belong to (a draft is created first if needed). */
  ensureDraft: () => Promise<string | undefined>;
  error?: string;
  /** Called with the stored documents whenever they change. */
  onChange: (requirementKey: string, stored: TUploadedDocument[]) => void;
  /** Staff attachments instead of the applicant's documents for a requirement. */
  staffPurpose?: 'RESPONSE' | 'MESSAGE_ATTACHMENT';
  /** The applicant's proof of payment or message attachments instead of a requirement's documents. */
  applicantPurpose?: 'PAYMENT_PROOF' | 'MESSAGE_ATTACHMENT';
  /** The request is already filed (not a draft): a document can still be sent later, from home. */
  filed?: boolean;
}) {
  const api = uploadApi(requirement.key, staffPurpose, applicantPurpose);
  const t = useTranslations('apply.documents');
  const k = useTranslations('kiosk.capture');
  const kiosk = useKiosk();
  const errorText = useErrorText();
  const [rows, setRows] = useState<TRow[]>(() => initial.map((document) => ({ kind: 'stored', key: document.id, document })));
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const aborts = useRef(new Map<string, () => void>());
  const cancelled = useRef(new Set<string>());
  // Named like form-kit's field ids, so that the error summary's link reaches it.
  const inputId = `field-_doc-${requirement.key}`;
  const active = rows.filter((row) => row.kind !== 'failed');
  const canAdd = active.length < requirement.maxFiles;

  const update = (key: string, next: TRow | null) => setRows((current) => (next ? current.map((row) => (row.key === key ? next : row)) : current.filter((row) => row.key !== key)));

  const stored = rows.flatMap((row) => (row.kind === 'stored' ? [row.document] : []));
  const storedKey = stored.map((d) => d.id).join(',');
  useEffect(
    () => onChange(requirement.key, stored),
    // `stored` changes identity on every render; its ids say when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [onChange, requirement.key, storedKey],
  );

  async function upload(file: File) {
    const key = crypto.randomUUID();
    const sizeBytes = file.size;
    const fail = (code: string) => {
      update(key, { kind: 'failed', key, fileName: file.name, error: code });
      setAnnouncement(`${file.name}: ${errorText(code)}`);
    };
    // Cancel works in every phase: before the POST starts it is remembered, during it it aborts.
    const cancel = () => {
      cancelled.current.add(key);
      aborts.current.get(key)?.();
    };
    setRows((current) => [...current, { kind: 'uploading', key, fileName: file.name, sizeBytes, progress: 0, cancel }]);
    const contentType = declaredType(file);
    if (!(requirement.accept as string[]).includes(contentType)) return fail('upload.wrongType');
    if (sizeBytes === 0) return fail('upload.empty');
    if (sizeBytes > requirement.maxSizeMb * MB) return fail('upload.tooLarge');

    const requestId = await ensureDraft();
    if (!requestId) return fail('unexpected');
    const started = await api.start(requestId, { fileName: file.name, contentType, sizeBytes }).catch(() => null);
    if (!started?.ok) return fail(started?.formError ?? 'unexpected');
    const { documentId, url, fields } = started.data;
    if (cancelled.current.has(key)) {
      await api.remove(documentId).catch(() => undefined);
      return update(key, null);
    }
    try {
      await postFile(
        url,
        fields,
        file,
        (progress) => update(key, { kind: 'uploading', key, fileName: file.name, sizeBytes, progress, cancel }),
        (abort) => aborts.current.set(key, abort),
      );
    } catch (error) {
      await api.remove(documentId).catch(() => undefined);
      if (error instanceof UploadCancelled) {
        setAnnouncement(t('cancelled', { name: file.name }));
        return update(key, null);
      }
      return fail('upload.network');
    }
    update(key, { kind: 'checking', key, fileName: file.name, sizeBytes });
    const confirmed = await api.confirm(documentId).catch(() => null);
    if (!confirmed?.ok) return fail(confirmed?.formError ?? 'unexpected');
    update(key, { kind: 'stored', key, document: confirmed.data });
    setAnnouncement(t('uploaded', { name: file.name }));
  }

  async function remove(row: Extract<TRow, { kind: 'stored' }>) {
    const result = await api.remove(row.document.id).catch(() => null);
    if (result?.ok) {
      update(row.key, null);
      setAnnouncement(t('removed', { name: row.document.fileName }));
    } else setAnnouncement(errorText(result?.formError ?? 'unexpected'));
  }

  const onFiles = (files: FileList | null) => {
    if (!files) return;
    const room = requirement.maxFiles - active.length;
    const chosen = Array.from(files);
    if (chosen.length > room) setAnnouncement(errorText('upload.tooMany'));
    for (const file of chosen.slice(0, Math.max(0, room))) void upload(file);
    if (input.current) input.current.value = '';
  };

  const types = requirement.accept.map((type) => TYPE_LABELS[type]).join(', ');
  const limitsId = `${inputId}-limits`;
  const errorId = `${inputId}-error`;
  const captureId = `${inputId}-capture`;
  // A photo of a PDF-only requirement would be refused, so only image-taking ones open the camera.
  const photographable = kiosk && requirement.accept.some((type) => type.startsWith('image/'));
  return (
    <div
      className={`rounded-lg p-4 ${error ? 'border-2 border-red-700 bg-red-50' : 'border border-gray-300'}`}
      role="group"
      aria-labelledby={`${inputId}-title`}
      aria-describedby={error ? errorId : undefined}
      data-invalid={error ? true : undefined}
    >
      <p id={`${inputId}-title`} className="font-semibold">
        {requirement.name[locale]}
        {requirement.required ? (
          <span aria-hidden="true" className="text-red-700">
            {' '}
            *
          </span>
        ) : (
          <span className="font-normal text-gray-700"> ({t('optional')})</span>
        )}
      </p>
      {requirement.help ? <p className="mt-1 text-sm text-gray-700">{requirement.help[locale]}</p> : null}
      <p id={limitsId} className="mt-1 text-sm text-gray-700">
        {t('limits', { types, size: requirement.maxSizeMb, files: requirement.maxFiles })}
      </p>
      {kiosk ? (
        <p id={captureId} className="mt-2 rounded-md border-l-4 border-brand-700 bg-brand-50 p-3" data-testid="kiosk-capture-hint">
          {photographable ? k('photo') : k('pdfOnly')} {filed ? k('laterRequest') : k('laterDraft')}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ul className="mt-3 space-y-2">
          {rows.map((row) => (
            <li key={row.key} className="rounded-md bg-gray-50 p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="break-all font-medium">
                  {row.kind === 'stored' ? row.document.fileName : row.fileName}
                  {row.kind === 'stored' ? <span className="font-normal text-gray-700"> · {formatFileSize(row.document.sizeBytes, locale)}</span> : null}
                </span>
                {row.kind === 'uploading' ? (
                  <button type="button" onClick={row.cancel} className="min-h-11 rounded-md border-2 border-gray-600 px-4 font-semibold">
                    {t('cancel')}
                    <span className="sr-only"> {row.fileName}</span>
                  </button>
                ) : row.kind === 'stored' ? (
                  <button type="button" onClick={() => void remove(row)} className="min-h-11 rounded-md border-2 border-red-700 px-4 font-semibold text-red-800">
                    {t('remove')}
                    <span className="sr-only"> {row.document.fileName}</span>
                  </button>
                ) : row.kind === 'failed' ? (
                  <button type="button" onClick={() => update(row.key, null)} className="min-h-11 rounded-md border-2 border-gray-600 px-4 font-semibold">
                    {t('dismiss')}
                    <span className="sr-only"> {row.fileName}</span>
                  </button>
                ) : null}
              </div>
              {row.kind === 'uploading' ? (
                <div className="mt-2 flex items-center gap-3">
                  <progress max={100} value={Math.round(row.progress * 100)} aria-label={t('progress', { name: row.fileName })} className="h-3 w-full accent-brand-700" />
                  <span className="w-12 text-right text-sm tabular-nums">{Math.round(row.progress * 100)}%</span>
                </div>
              ) : null}
              {row.kind === 'checking' ? <p className="mt-1 text-sm text-gray-700">{t('checking')}</p> : null}
              {row.kind === 'stored' ? <p className="mt-1 text-sm text-green-800">✓ {t('stored')}</p> : null}
              {row.kind === 'failed' ? <p className="mt-1 text-sm font-semibold text-red-700">{errorText(row.error, { size: requirement.maxSizeMb, types })}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canAdd ? (
        <div className="mt-3">
          <label className="inline-flex min-h-12 cursor-pointer items-center rounded-lg border-2 border-brand-700 px-5 font-semibold text-brand-800 focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-brand-700">
            {active.length === 0 ? t('choose') : t('chooseAnother')}
            <span className="sr-only"> – {requirement.name[locale]}</span>
            <input
              ref={input}
              id={inputId}
              type="file"
              className="sr-only"
              accept={requirement.accept.join(',')}
              capture={photographable ? 'environment' : undefined}
              multiple={requirement.maxFiles > 1}
              aria-describedby={[limitsId, kiosk ? captureId : null, error ? errorId : null].filter(Boolean).join(' ')}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onFiles(event.target.files)}
            />
          </label>
        </div>
      ) : (
        <p className="mt-3 text-sm text-gray-700">{t('full', { files: requirement.maxFiles })}</p>
      )}
      {error ? (
        <p id={errorId} className="mt-2 text-sm font-semibold text-red-700">
          {errorText(error)}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

/** Files sent with an action (an answer, a message, a proof of payment); reports the ids of the checked files. */
export function AttachmentUploader({
  requestId,
  label,
  limits,
  required = false,
  error,
  staffPurpose,
  applicantPurpose,
  onChange,
}: {
  requestId: string;
  label: string;
  limits: Omit<TDocumentRequirement, 'key' | 'name' | 'required'>;
  required?: boolean;
  /** A message key, shown under the files. */
  error?: string;
  staffPurpose?: 'RESPONSE' | 'MESSAGE_ATTACHMENT';
  applicantPurpose?: 'PAYMENT_PROOF' | 'MESSAGE_ATTACHMENT';
  onChange: (documentIds: string[]) => void;
}) {
  const locale = useLocale() === 'en' ? 'en' : 'ro';
  const handle = useCallback((_key: string, stored: TUploadedDocument[]) => onChange(stored.map((d) => d.id)), [onChange]);
  return (
    <DocumentUploader
      requirement={{ ...limits, key: staffPurpose ?? applicantPurpose ?? 'files', name: { ro: label, en: label }, required }}
      locale={locale}
      initial={[]}
      ensureDraft={async () => requestId}
      error={error}
      onChange={handle}
      staffPurpose={staffPurpose}
      applicantPurpose={applicantPurpose}
      filed
    />
  );
}
