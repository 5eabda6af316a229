'use client';

/**
 * "Verifică după cod": the code as people copy it from paper (any case, with or without dashes, O
 * for 0), checked by the shared schema, then the document's own page, /verify/<code>, which the
 * document's QR code opens too. Without JavaScript the form is a GET to /verify?code=…, which
 * redirects there the same way.
 */
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { ErrorSummary, TextField } from '@/components/forms/form-kit';
import { useActionForm } from '@/components/forms/use-action-form';
import { useKiosk } from '@/components/kiosk/kiosk-context';
import { formatVerificationCode, ZVerifyCodeSchema } from '@/lib/issued/codes';

export function VerifyCodeForm({ defaultCode = '' }: { defaultCode?: string }) {
  const t = useTranslations('verify');
  const router = useRouter();
  const large = useKiosk();
  const { form, onSubmit, pending, summary } = useActionForm(ZVerifyCodeSchema, {
    defaultValues: { code: defaultCode },
    // Nothing to ask the server: the browser has already checked the shape; the page looks the code up.
    action: async (values) => {
      const parsed = ZVerifyCodeSchema.safeParse(values);
      return parsed.success ? { ok: true as const, data: formatVerificationCode(parsed.data.code) } : { ok: false as const, fieldErrors: { code: ['verify.codeInvalid'] } };
    },
    refresh: false,
    onSuccess: (code) => router.push(`/verify/${code}`),
  });
  return (
    <form onSubmit={onSubmit} method="get" action="/verify" noValidate className="space-y-4">
      <ErrorSummary {...summary} labelOf={(name) => (name === 'code' ? t('codeLabel') : undefined)} />
      <TextField
        form={form}
        name="code"
        label={t('codeLabel')}
        hint={t('codeHint')}
        required
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        maxLength={40}
        enterKeyHint="search"
        className={`font-mono uppercase tracking-wider ${large ? 'min-h-16! text-2xl!' : 'min-h-12! text-lg!'}`}
      />
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className={`rounded-lg bg-brand-700 px-8 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 ${large ? 'min-h-16 w-full text-2xl' : 'min-h-12 text-lg'}`}
      >
        {t('codeSubmit')}
      </button>
    </form>
  );
}
