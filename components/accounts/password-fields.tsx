'use client';

import { useTranslations } from 'next-intl';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { TextField } from '@/components/forms/form-kit';
import {
  checkPasswordLength,
  loadPasswordEstimator,
  passwordUserInputs,
  PASSWORD_MIN_SCORE,
  type TPasswordContext,
} from '@/lib/accounts/validation/password';
import type { TPasswordEstimate } from '@/lib/accounts/validation/password-strength';

type TEstimator = (password: string, userInputs?: readonly string[]) => TPasswordEstimate;

/** The estimator, fetched once the field is on screen (the dictionaries are a separate chunk). */
function usePasswordEstimator(): TEstimator | null {
  const [estimator, setEstimator] = useState<TEstimator | null>(null);
  useEffect(() => {
    let live = true;
    void loadPasswordEstimator().then((module) => {
      if (live) setEstimator(() => module.estimatePassword);
    });
    return () => {
      live = false;
    };
  }, []);
  return estimator;
}

/**
 * New password + confirmation, with a strength meter and the estimator's advice while typing.
 * `personal` is what the person has typed about themselves (email, names), which a password must
 * not lean on. The meter is a help; the same rule is enforced by the schema and on the server.
 */
export function NewPasswordFields<T extends FieldValues>({ form, label, personal }: { form: UseFormReturn<T>; label?: string; personal?: TPasswordContext }) {
  const t = useTranslations('auth.password');
  const value = (useWatch({ control: form.control, name: 'password' as Path<T> }) as string | undefined) ?? '';
  const typed = useDeferredValue(value);
  const estimator = usePasswordEstimator();
  // By value: the caller builds `personal` anew on every render.
  const personalKey = JSON.stringify([personal?.email ?? '', ...(personal?.names ?? [])]);
  const inputs = useMemo(() => {
    const [email, ...names] = JSON.parse(personalKey) as string[];
    return passwordUserInputs({ email, names });
  }, [personalKey]);
  const estimate = useMemo(() => {
    if (!estimator || typed === '') return null;
    const result = estimator(typed, inputs);
    // Too short is refused whatever the estimate, so the meter never says "good" for it.
    return checkPasswordLength(typed) === 'tooShort' ? { ...result, score: Math.min(result.score, 1) as TPasswordEstimate['score'] } : result;
  }, [estimator, typed, inputs]);
  // Keys the portal has no text for (a newer library version) are left out rather than shown raw.
  const warning = estimate?.warning && t.has(`warning.${estimate.warning}`) ? t(`warning.${estimate.warning}`) : null;
  const suggestions = (estimate?.suggestions ?? []).filter((key) => t.has(`suggestion.${key}`)).map((key) => ({ key, text: t(`suggestion.${key}`) }));
  const meter =
    value === '' ? null : estimate === null ? (
      <p>{t('loading')}</p>
    ) : (
      <div className="space-y-1 text-gray-900">
        <p>
          <span className="font-semibold">{t('strength')}</span> {t(`level${estimate.score}`)}. {estimate.score >= PASSWORD_MIN_SCORE ? t('enough') : t('notEnough')}
        </p>
        <span aria-hidden="true" className="flex h-2 max-w-xs gap-1" data-score={estimate.score}>
          {[1, 2, 3, 4].map((i) => (
            <span key={i} className={`flex-1 rounded ${i <= estimate.score ? (estimate.score >= PASSWORD_MIN_SCORE ? 'bg-green-700' : 'bg-amber-600') : 'bg-gray-300'}`} />
          ))}
        </span>
        {warning ? <p className="font-semibold">{warning}</p> : null}
        {suggestions.length > 0 ? (
          <ul className="list-disc space-y-0.5 pl-5">
            {suggestions.map((s) => (
              <li key={s.key}>{s.text}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );

  return (
    <div className="space-y-4">
      <TextField
        form={form}
        name={'password' as Path<T>}
        type="password"
        label={label ?? t('new')}
        required
        autoComplete="new-password"
        hint={t('rules')}
        // Announced politely as it changes, and read with the field when it gets focus again.
        note={<div aria-live="polite">{meter}</div>}
      />
      <TextField form={form} name={'passwordConfirm' as Path<T>} type="password" label={t('confirm')} required autoComplete="new-password" />
    </div>
  );
}
