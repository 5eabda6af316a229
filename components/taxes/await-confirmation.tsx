'use client';

/**
 * While the provider has not told the portal yet (the payer's browser often comes back first),
 * the payment's page reloads its data every few seconds for two minutes, and says so.
 */
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export function AwaitConfirmation({ everyMs = 3000, forMs = 120_000 }: { everyMs?: number; forMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > forMs) clearInterval(timer);
      else router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs, forMs]);
  return null;
}
