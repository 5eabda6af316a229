/**
 * The administrators' data functions start with this: the role is checked next to the data, not
 * only in the middleware or the page (a crafted call of the server action is refused the same way).
 */
import type { TSessionUser } from '@/lib/auth/session-user';
import { AppError } from '@/lib/errors';

/** Who asks, as every data function takes it. */
export type TActor = Pick<TSessionUser, 'id' | 'role'>;

/** Refuses anyone but an administrator ("forbidden"). */
export function assertAdmin(actor: TActor) {
  if (actor.role !== 'ADMIN') throw new AppError('forbidden');
}
