/** What Prisma selects to name a user: `select: { ...nameSelect }` or `{ select: nameSelect }`. */
export const nameSelect = { email: true, personProfile: { select: { firstName: true, lastName: true } } } as const;

export type TNamedUser = { email: string; personProfile: { firstName: string; lastName: string } | null };

/** A user's name for staff pages ("Ana Popescu"), or the email when the account has no person profile. */
export function displayName(user: TNamedUser): string {
  return `${user.personProfile?.firstName ?? ''} ${user.personProfile?.lastName ?? ''}`.trim() || user.email;
}

/** The same, for an optional relation (a version published by the demo data has no publisher). */
export const displayNameOrNull = (user: TNamedUser | null): string | null => (user ? displayName(user) : null);
