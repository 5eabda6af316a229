'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors } from '@/components/forms/form-kit';
import type { TActionResult } from '@/lib/actions';

export type TActionFormState = { done?: boolean; formError?: string; retryAfter?: number };

/**
 * A react-hook-form form validated by the shared zod schema and submitted to a server action:
 * server field errors go next to their fields, a form error and the rate-limit wait to the summary.
 */
export function useActionForm<T extends FieldValues>(
  schema: z.ZodType,
  defaultValues: DefaultValues<T>,
  action: (values: T) => Promise<TActionResult<unknown>>,
  onDone?: (result: TActionResult<unknown>) => void,
) {
  const form = useForm<T>({ resolver: zodResolver(schema as never) as never, defaultValues });
  const [state, setState] = useState<TActionFormState>({});
  const onSubmit = form.handleSubmit(async (values) => {
    setState({});
    const result = await action(values);
    if (result.ok) {
      setState({ done: true });
      onDone?.(result);
      return;
    }
    applyServerErrors(form, result);
    setState({ formError: result.formError, retryAfter: result.retryAfterSeconds });
  });
  return { form, state, onSubmit };
}
