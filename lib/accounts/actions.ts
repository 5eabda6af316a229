'use server';

import { getLocale } from 'next-intl/server';
import { authenticatedAction, publicAction } from '@/lib/actions';
import {
  changePassword,
  deleteMyAccount,
  requestEmailChange,
  setEmailPreference,
  signOutEverywhere,
  updateOrganizationProfile,
  updatePersonProfile,
} from '@/lib/accounts/account';
import { requestPasswordReset, resetPassword } from '@/lib/accounts/password-reset';
import { registerAccount, resendActivation } from '@/lib/accounts/register';
import {
  ZChangeEmailSchema,
  ZChangePasswordSchema,
  ZDeleteAccountSchema,
  ZEmailOnlySchema,
  ZEmailPreferenceSchema,
  ZRegisterSchema,
  ZResetPasswordSchema,
  ZUpdateOrganizationSchema,
  ZUpdatePersonSchema,
} from '@/lib/accounts/schemas';
import { toLocale } from '@/lib/i18n/config';
import { z } from 'zod';

const locale = async () => toLocale(await getLocale());

export const registerAction = publicAction(ZRegisterSchema, async (data, { request }) =>
  registerAccount(data, { ip: request.ip, locale: await locale() }),
);

export const resendActivationAction = publicAction(ZEmailOnlySchema, async ({ email }, { request }) =>
  resendActivation(email, { ip: request.ip, locale: await locale() }),
);

export const forgotPasswordAction = publicAction(ZEmailOnlySchema, async ({ email }, { request }) =>
  requestPasswordReset(email, { ip: request.ip, locale: await locale() }),
);

export const resetPasswordAction = publicAction(ZResetPasswordSchema, async (data) => resetPassword(data));

export const updatePersonAction = authenticatedAction(ZUpdatePersonSchema, async (data, { user }) => updatePersonProfile(user.id, data));

export const updateOrganizationAction = authenticatedAction(ZUpdateOrganizationSchema, async (data, { user }) =>
  updateOrganizationProfile(user.id, data),
);

export const changeEmailAction = authenticatedAction(ZChangeEmailSchema, async (data, { user }) => requestEmailChange(user.id, data));

export const changePasswordAction = authenticatedAction(ZChangePasswordSchema, async (data, { user }) => changePassword(user.id, data));

export const emailPreferenceAction = authenticatedAction(ZEmailPreferenceSchema, async (data, { user }) => setEmailPreference(user.id, data));

export const signOutEverywhereAction = authenticatedAction(z.object({}).strict(), async (_data, { user }) => signOutEverywhere(user.id));

export const deleteAccountAction = authenticatedAction(ZDeleteAccountSchema, async (data, { user }) => deleteMyAccount(user.id, data));
