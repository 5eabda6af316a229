'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { saveDraftAction } from '@/lib/requests/actions/applicant';

export type TDraftStatus = { state: 'idle' | 'saving' | 'saved' | 'error'; savedAt?: string; error?: string };

/** How long typing must pause before the draft is saved. */
const AUTOSAVE_DELAY_MS = 1500;

/**
 * Keeps a form's draft saved on the server: after a pause in typing, when the page is hidden, and on
 * demand. Saves run one at a time (the latest values win), and the first save creates the draft
 * exactly once, thanks to a key made when the form opened.
 */
export function useDraft({ serviceSlug, initialRequestId, initialSavedAt, getValues }: { serviceSlug: string; initialRequestId?: string; initialSavedAt?: string; getValues: () => Record<string, unknown> }) {
  const [draftKey] = useState(() => crypto.randomUUID());
  const requestId = useRef(initialRequestId);
  const [status, setStatus] = useState<TDraftStatus>({ state: initialSavedAt ? 'saved' : 'idle', savedAt: initialSavedAt });
  const chain = useRef<Promise<string | undefined>>(Promise.resolve(initialRequestId));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);

  const saveNow = useCallback((): Promise<string | undefined> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    dirty.current = false;
    chain.current = chain.current.then(async () => {
      setStatus((s) => ({ ...s, state: 'saving' }));
      try {
        const result = await saveDraftAction({ serviceSlug, draftKey, requestId: requestId.current, answers: getValues() as never });
        if (!result.ok) {
          setStatus((s) => ({ ...s, state: 'error', error: result.formError ?? 'unexpected' }));
          return requestId.current;
        }
        requestId.current = result.data.requestId;
        setStatus({ state: 'saved', savedAt: result.data.savedAt });
        return result.data.requestId;
      } catch {
        // Offline or the server restarted: the values stay in the form; the next change retries.
        dirty.current = true;
        setStatus((s) => ({ ...s, state: 'error', error: 'offline' }));
        return requestId.current;
      }
    });
    return chain.current;
  }, [draftKey, getValues, serviceSlug]);

  /** Call on every change: the draft is saved once typing pauses. */
  const scheduleSave = useCallback(() => {
    dirty.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }, [saveNow]);

  /** The draft's id, creating the draft first if needed (uploads belong to a draft). */
  const ensureDraft = useCallback(async () => requestId.current ?? (await saveNow()), [saveNow]);

  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden' && dirty.current) void saveNow();
    };
    document.addEventListener('visibilitychange', flush);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [saveNow]);

  return { status, saveNow, scheduleSave, ensureDraft };
}
