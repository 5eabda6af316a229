'use client';

import { useTranslations } from 'next-intl';
import { useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { TextField } from '@/components/forms/form-kit';
import { passwordStrength } from '@/lib/accounts/validation/password';

/** New password + confirmation, with a strength hint while typing. Paste is allowed. */
export function NewPasswordFields<T extends FieldValues>({ form, label }: { form: UseFormReturn<T>; label?: string }) {
  const t = useTranslations('auth.password');
  const value = (useWatch({ control: form.control, name: 'password' as Path<T> }) as string | undefined) ?? '';
  const strength = value ? passwordStrength(value) : null;
  return (
    <div className="space-y-4">
      <TextField form={form} name={'password' as Path<T>} type="password" label={label ?? t('new')} required autoComplete="new-password" hint={t('rules')} />
      <p aria-live="polite" className="-mt-2 text-sm">
        {strength !== null ? (
          <>
            <span className="font-semibold">{t('strength')}</span> {t(`level${strength}`)}
            <span aria-hidden="true" className="mt-1 flex h-2 max-w-xs gap-1">
              {[1, 2, 3, 4].map((i) => (
                <span key={i} className={`flex-1 rounded ${i <= strength ? (strength >= 3 ? 'bg-green-700' : 'bg-amber-600') : 'bg-gray-300'}`} />
              ))}
            </span>
          </>
        ) : null}
      </p>
      <TextField form={form} name={'passwordConfirm' as Path<T>} type="password" label={t('confirm')} required autoComplete="new-password" />
    </div>
  );
}
