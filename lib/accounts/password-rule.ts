/**
 * The new-password rule applied on the server with what only the server knows: the account's own
 * email and names, which a password must not be or lean on (the schemas check the rest, and the
 * registration schema has the details in the form).
 */
import 'server-only';
import { checkPassword } from '@/lib/accounts/validation/password';
import { db, type TTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** Throws `password.<reason>` on the password field unless `password` is acceptable for this account. */
export async function requireAcceptablePassword(userId: string, password: string, client: TTransaction | typeof db = db): Promise<void> {
  const user = await client.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      personProfile: { select: { firstName: true, lastName: true } },
      organizationProfile: { select: { representativeName: true } },
    },
  });
  const names = [user.personProfile?.firstName, user.personProfile?.lastName, user.organizationProfile?.representativeName].filter(
    (name): name is string => Boolean(name),
  );
  const check = await checkPassword(password, { email: user.email, names });
  if (!check.ok) throw new AppError(`password.${check.reason}`, { field: 'password' });
}
