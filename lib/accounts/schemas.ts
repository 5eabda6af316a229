/**
 * The inputs of the account forms: one zod schema each, used by react-hook-form in the browser and
 * parsed again by the server action. Errors are message keys (translated under `validation.*`).
 */
import { z } from 'zod';
import { checkPassword, zCnp, zCui, zPassword, zPhone, ZAddressSchema } from '@/lib/accounts/validation';

export const zEmail = () =>
  z
    .string({ error: 'email.invalid' })
    .trim()
    .toLowerCase()
    .max(254, 'email.invalid')
    .pipe(z.email({ error: 'email.invalid' }));

/** A person's name: letters, spaces, dots, apostrophes and hyphens. */
export const zName = (key: string, max = 60) =>
  z
    .string({ error: `${key}.required` })
    .trim()
    .min(1, `${key}.required`)
    .max(max, `${key}.tooLong`)
    .regex(/^[\p{L}][\p{L}\p{M} .'’-]*$/u, `${key}.invalid`);

const zText = (key: string, min: number, max: number) =>
  z.string({ error: `${key}.required` }).trim().min(min, `${key}.required`).max(max, `${key}.tooLong`);

/** Trade register number: J27/123/2020 (also F/C), its EUID form ROONRC.J27/123/2020, or the newer J2020000123276. */
export const zTradeRegister = () =>
  z
    .string({ error: 'tradeRegister.invalid' })
    .transform((v) => v.replace(/\s+/g, '').toUpperCase())
    .pipe(z.string().regex(/^(?:ROONRC\.)?(?:[JFC]\d{1,2}\/\d{1,8}\/(?:19|20)\d{2}|[JFC](?:19|20)\d{11})$/, 'tradeRegister.invalid'));

const credentials = {
  email: zEmail(),
  phone: zPhone(),
  password: zPassword(),
  passwordConfirm: z.string({ error: 'password.mismatch' }),
  acceptTerms: z.literal(true, { error: 'terms.required' }),
  acceptPrivacy: z.literal(true, { error: 'privacy.required' }),
};

const ZRegisterPersonSchema = z.object({
  accountType: z.literal('PERSON'),
  firstName: zName('firstName'),
  lastName: zName('lastName'),
  cnp: zCnp(),
  address: ZAddressSchema,
  ...credentials,
});

const ZRegisterCompanySchema = z.object({
  accountType: z.literal('COMPANY'),
  organizationName: zText('organizationName', 2, 200),
  cui: zCui(),
  tradeRegisterNumber: zTradeRegister(),
  representativeName: zText('representativeName', 3, 120),
  representativeRole: zText('representativeRole', 2, 80),
  address: ZAddressSchema,
  ...credentials,
});

const ZRegisterInstitutionSchema = z.object({
  accountType: z.literal('INSTITUTION'),
  organizationName: zText('organizationName', 2, 200),
  cui: zCui(),
  representativeName: zText('contactName', 3, 120),
  address: ZAddressSchema,
  ...credentials,
});

/** The password typed twice must match. */
function refinePasswordConfirm(value: { password: string; passwordConfirm: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.passwordConfirm) ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: 'password.mismatch' });
}

/** The password the user has now, asked again before a sensitive change. */
const zCurrentPassword = () => z.string().min(1, 'password.required').max(256, 'password.tooLong');

async function refinePasswords(value: { password: string; passwordConfirm: string; email: string } & Record<string, unknown>, ctx: z.RefinementCtx) {
  refinePasswordConfirm(value, ctx);
  const names = ['firstName', 'lastName', 'representativeName'].map((k) => value[k]).filter((v): v is string => typeof v === 'string');
  const personal = await checkPassword(value.password, { email: value.email, names });
  if (!personal.ok && personal.reason === 'containsPersonal') ctx.addIssue({ code: 'custom', path: ['password'], message: 'password.containsPersonal' });
}

export const ZRegisterSchema = z
  .discriminatedUnion('accountType', [ZRegisterPersonSchema, ZRegisterCompanySchema, ZRegisterInstitutionSchema])
  .superRefine(refinePasswords);
export type TRegisterInput = z.input<typeof ZRegisterSchema>;
export type TRegister = z.output<typeof ZRegisterSchema>;

export const ZLoginSchema = z.object({ email: zEmail(), password: zCurrentPassword() });
export type TLogin = z.infer<typeof ZLoginSchema>;

export const ZEmailOnlySchema = z.object({ email: zEmail() }).strict();
export type TEmailOnly = z.infer<typeof ZEmailOnlySchema>;

/** A new password set from an emailed link (password reset, staff invitation). */
export const ZResetPasswordSchema = z
  .object({ token: z.string().min(20, 'token.invalid').max(100, 'token.invalid'), password: zPassword(), passwordConfirm: z.string() })
  .strict()
  .superRefine(refinePasswordConfirm);
export type TResetPassword = z.infer<typeof ZResetPasswordSchema>;

export const ZChangePasswordSchema = z
  .object({ currentPassword: zCurrentPassword(), password: zPassword(), passwordConfirm: z.string() })
  .strict()
  .superRefine(refinePasswordConfirm);
export type TChangePassword = z.infer<typeof ZChangePasswordSchema>;

export const ZChangeEmailSchema = z.object({ email: zEmail(), currentPassword: zCurrentPassword() }).strict();
export type TChangeEmail = z.infer<typeof ZChangeEmailSchema>;

export const ZDeleteAccountSchema = z
  .object({ currentPassword: zCurrentPassword(), confirm: z.literal(true, { error: 'deleteAccount.confirm' }) })
  .strict();
export type TDeleteAccount = z.infer<typeof ZDeleteAccountSchema>;

/** "Which emails do you want about your requests?" — every one, or only the essential ones. */
export const ZEmailPreferenceSchema = z.object({ emails: z.enum(['all', 'essential'], { error: 'emailPreference.choose' }) }).strict();
export type TEmailPreference = z.infer<typeof ZEmailPreferenceSchema>;

export const ZUpdatePersonSchema = z
  .object({
    firstName: zName('firstName'),
    lastName: zName('lastName'),
    cnp: zCnp(),
    phone: zPhone(),
    address: ZAddressSchema,
    currentPassword: z.string().max(256, 'password.tooLong').optional(),
  })
  .strict();
export type TUpdatePerson = z.infer<typeof ZUpdatePersonSchema>;

export const ZUpdateOrganizationSchema = z
  .object({
    organizationName: zText('organizationName', 2, 200),
    cui: zCui(),
    tradeRegisterNumber: zTradeRegister().optional(),
    representativeName: zText('representativeName', 3, 120),
    representativeRole: z.string().trim().max(80, 'representativeRole.tooLong').optional(),
    phone: zPhone(),
    address: ZAddressSchema,
    currentPassword: z.string().max(256, 'password.tooLong').optional(),
  })
  .strict();
export type TUpdateOrganization = z.infer<typeof ZUpdateOrganizationSchema>;
