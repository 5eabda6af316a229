/**
 * The idle reset's clock, as a pure function of timestamps (no timers): the kiosk runtime asks it
 * every second, so a throttled tab or a jump of the clock still ends up in the right phase.
 */
import type { TKioskSettings } from '@/lib/kiosk/config';

export type TIdlePhase = { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'expired' };

/**
 * `active` until `idleSeconds` have passed since the last activity, then `warning` with the
 * whole seconds left of the `warningSeconds` countdown (rounded up, so it starts at the full
 * number and never shows 0), then `expired`.
 */
export function idlePhase({ lastActivityAt, now, settings }: { lastActivityAt: number; now: number; settings: TKioskSettings }): TIdlePhase {
  const idleFor = now - lastActivityAt;
  const warnAt = settings.idleSeconds * 1000;
  const endAt = warnAt + settings.warningSeconds * 1000;
  if (idleFor < warnAt) return { phase: 'active' };
  if (idleFor >= endAt) return { phase: 'expired' };
  return { phase: 'warning', secondsLeft: Math.ceil((endAt - idleFor) / 1000) };
}
