'use client';

/**
 * Adds or replaces a post's image: its descriptions in both languages first (an image never goes up
 * without them), then the file, which goes straight to the store (presigned POST) with a progress
 * bar; the server then checks what landed (size, real type by its first bytes) before the post
 * shows it, or deletes it and says why.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorSummary, FormScope, SubmitButton, SuccessMessage, TextField, useErrorText } from '@/components/forms/form-kit';
import { declaredType, postFile } from '@/components/forms/presigned-upload';
import { confirmNewsImageAction, startNewsImageAction } from '@/lib/news/actions';
import { NEWS_IMAGE_MAX_MB, NEWS_IMAGE_TYPES, ZNewsImageAltSchema, type TNewsImageAltInput } from '@/lib/news/schemas';

const MB = 1024 * 1024;
/** What the server says about the file itself (its type, size, or what landed), shown next to the file field. */
const FILE_ERRORS = new Set(['upload.empty', 'upload.missing', 'news.imageWrongType', 'news.imageTooLarge', 'news.imageNotFound']);
const isFileError = (code: string) => FILE_ERRORS.has(code);

type TPhase = { kind: 'idle' } | { kind: 'uploading'; progress: number } | { kind: 'checking' } | { kind: 'done' };

export function NewsImageUploader({ postId, hasImage, initialAlt }: { postId: string; hasImage: boolean; initialAlt: TNewsImageAltInput }) {
  const t = useTranslations('adminNews.image');
  const f = useTranslations('adminNews.form');
  const errorText = useErrorText();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [phase, setPhase] = useState<TPhase>({ kind: 'idle' });
  const [formError, setFormError] = useState<string | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const form = useForm<TNewsImageAltInput>({ resolver: zodResolver(ZNewsImageAltSchema), defaultValues: initialAlt });

  const fileId = 'field-image-file';
  const fileHintId = `${fileId}-hint`;
  const fileErrorId = `${fileId}-error`;

  const fail = (code: string, { onFile = false } = {}) => {
    setPhase({ kind: 'idle' });
    setFormError(code);
    setFileError(onFile ? code : undefined);
  };

  async function upload(alt: TNewsImageAltInput) {
    setFormError(undefined);
    setFileError(undefined);
    const file = fileInput.current?.files?.[0];
    if (!file) return fail('news.fileRequired', { onFile: true });
    const contentType = declaredType(file);
    if (!(NEWS_IMAGE_TYPES as readonly string[]).includes(contentType)) return fail('news.imageWrongType', { onFile: true });
    if (file.size === 0) return fail('upload.empty', { onFile: true });
    if (file.size > NEWS_IMAGE_MAX_MB * MB) return fail('news.imageTooLarge', { onFile: true });

    setPhase({ kind: 'uploading', progress: 0 });
    const started = await startNewsImageAction({ postId, fileName: file.name, contentType, sizeBytes: file.size }).catch(() => null);
    if (!started?.ok) {
      const code = started?.formError ?? 'unexpected';
      return fail(code, { onFile: isFileError(code) });
    }
    try {
      await postFile(started.data.url, started.data.fields, file, (progress) => setPhase({ kind: 'uploading', progress }));
    } catch {
      return fail('upload.network');
    }
    setPhase({ kind: 'checking' });
    const confirmed = await confirmNewsImageAction({ postId, key: started.data.key, ...alt }).catch(() => null);
    if (!confirmed?.ok) {
      const code = confirmed?.formError ?? Object.values(confirmed?.fieldErrors ?? {})[0]?.[0] ?? 'unexpected';
      return fail(code, { onFile: isFileError(code) });
    }
    setPhase({ kind: 'done' });
    if (fileInput.current) fileInput.current.value = '';
    startRefresh(() => router.refresh());
  }

  const busy = phase.kind === 'uploading' || phase.kind === 'checking' || refreshing;
  return (
    <FormScope name="image">
      <form onSubmit={(event) => void form.handleSubmit(upload)(event)} noValidate className="space-y-4">
        <ErrorSummary form={form} formError={formError} />
        {phase.kind === 'done' ? <SuccessMessage>{t('uploaded')}</SuccessMessage> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="imageAltRo" label={f('imageAltRo')} required hint={f('imageAltHint')} autoComplete="off" />
          <TextField form={form} name="imageAltEn" label={f('imageAltEn')} required hint={f('imageAltHint')} autoComplete="off" lang="en" />
        </div>
        <div className="space-y-1">
          <div className="font-semibold">
            <label htmlFor={fileId}>{t('file')}</label>
            <span aria-hidden="true" className="text-red-700">
              {' '}
              *
            </span>
          </div>
          <p id={fileHintId} className="text-sm text-gray-700">
            {t('lead', { size: NEWS_IMAGE_MAX_MB })}
          </p>
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept={NEWS_IMAGE_TYPES.join(',')}
            aria-required
            aria-invalid={fileError ? true : undefined}
            aria-describedby={[fileHintId, fileError ? fileErrorId : null].filter(Boolean).join(' ')}
            onChange={() => setFileError(undefined)}
            className="block min-h-11 w-full rounded-md border-2 border-gray-500 bg-white px-3 py-2 file:mr-4 file:rounded-md file:border-0 file:bg-brand-700 file:px-4 file:py-2 file:font-semibold file:text-white"
          />
          {fileError ? (
            <p id={fileErrorId} className="text-sm font-semibold text-red-700">
              {errorText(fileError)}
            </p>
          ) : null}
        </div>
        <div aria-live="polite">
          {phase.kind === 'uploading' ? (
            <div className="flex items-center gap-3">
              <progress max={100} value={Math.round(phase.progress * 100)} aria-label={t('uploading', { percent: Math.round(phase.progress * 100) })} className="h-3 w-full accent-brand-700" />
              <span className="w-12 text-right text-sm tabular-nums">{Math.round(phase.progress * 100)}%</span>
            </div>
          ) : null}
          {phase.kind === 'checking' ? <p className="text-sm text-gray-700">{t('checking')}</p> : null}
        </div>
        <SubmitButton pending={busy} size="compact">
          {hasImage ? t('replace') : t('upload')}
        </SubmitButton>
      </form>
    </FormScope>
  );
}
