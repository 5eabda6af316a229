'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Mode, type Path, type Resolver, type SubmitErrorHandler, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { TActionResult } from '@/lib/actions';

/** What the last submit came to: a success, or the form-level error and the rate-limit wait. */
export type TActionFormState = { done: boolean; formError?: string; retryAfterSeconds?: number };

type TFailure = Extract<TActionResult<unknown>, { ok: false }>;

export type TActionFormOptions<TValues extends FieldValues, TData> = {
  defaultValues: DefaultValues<TValues>;
  /** The server action. It gets the values as typed (the schema's input): the server parses them with the same schema. */
  action: (values: TValues) => Promise<TActionResult<TData>>;
  /**
   * Values the page gives the form rather than the user (the request and the version it shows),
   * read at each submit from the latest render: after a refresh, the new version goes.
   */
  bound?: Partial<TValues>;
  onSuccess?: (data: TData, values: TValues) => void;
  onFailure?: (result: TFailure) => void;
  /** When the browser check fails (the fields' errors are shown): for errors the schema cannot see. */
  onInvalid?: SubmitErrorHandler<TValues>;
  /** Re-render the page's server components after a success (default); off when the next step leaves the page. */
  refresh?: boolean;
  /** Empty the form (back to `defaultValues`) after a success, ready for the next one. */
  reset?: boolean;
  mode?: Mode;
  shouldUnregister?: boolean;
};

/** Server field errors go next to their fields (dotted names reach nested ones). */
function applyServerErrors<T extends FieldValues>(form: UseFormReturn<T>, fieldErrors: Record<string, string[]> | undefined) {
  for (const [name, messages] of Object.entries(fieldErrors ?? {})) form.setError(name as Path<T>, { type: 'server', message: messages[0] });
}

/**
 * A react-hook-form form checked in the browser by the shared zod schema (the values type is the
 * schema's input) and submitted to a server action: pending while it runs and while the page
 * refreshes after a success; server field errors next to their fields; the form error, the
 * rate-limit wait and, when the request changed meanwhile, a way to reload, in `summary` (the
 * props of ErrorSummary). A failed submit keeps everything typed.
 */
export function useActionForm<TSchema extends z.ZodType<unknown, FieldValues>, TData = undefined>(schema: TSchema, options: TActionFormOptions<z.input<TSchema>, TData>) {
  type TValues = z.input<TSchema>;
  const { defaultValues, action, bound, onSuccess, onFailure, onInvalid, refresh = true, reset = false, mode, shouldUnregister } = options;
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [state, setState] = useState<TActionFormState>({ done: false });

  const boundRef = useRef(bound);
  useEffect(() => {
    boundRef.current = bound;
  });
  // `raw`: the submit gets the values as typed, not the schema's output (lei become bani on the server only).
  const check = useMemo(() => zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<TValues>, [schema]);
  const resolver = useCallback<Resolver<TValues>>((values, context, resolverOptions) => check({ ...values, ...boundRef.current }, context, resolverOptions), [check]);
  const form = useForm<TValues>({ resolver, defaultValues, mode, shouldUnregister });

  const reload = useCallback(() => {
    setState({ done: false });
    startRefresh(() => router.refresh());
  }, [router]);

  const onSubmit = form.handleSubmit(async (values) => {
    setState({ done: false });
    const result = await action(values).catch((error: unknown): TFailure => {
      console.error('[form]', error);
      return { ok: false, formError: 'unexpected' };
    });
    if (result.ok) {
      if (reset) form.reset();
      setState({ done: true });
      onSuccess?.(result.data, values);
      if (refresh) startRefresh(() => router.refresh());
      return;
    }
    applyServerErrors(form, result.fieldErrors);
    // Field errors are said next to their fields; the summary says what failed otherwise.
    setState({ done: false, formError: result.formError ?? (result.fieldErrors ? undefined : 'unexpected'), retryAfterSeconds: result.retryAfterSeconds });
    onFailure?.(result);
  }, onInvalid);

  return {
    form,
    onSubmit,
    pending: form.formState.isSubmitting || refreshing,
    state,
    /** The props of ErrorSummary. */
    summary: { form, formError: state.formError, retryAfterSeconds: state.retryAfterSeconds, onReload: state.formError === 'request.stale' ? reload : undefined },
  };
}
