/** Who may apply for a service: one rule for the service page, the form, the draft and the submission. */
import type { TSessionUser } from '@/lib/auth/session-user';

type TAccountType = TSessionUser['accountType'];

/** Whether a service is open to this kind of account (a person, a company, an institution; staff never apply). */
export const isServiceOpenTo = (service: { applicantTypes: readonly string[] }, accountType: TAccountType) => service.applicantTypes.includes(accountType);
