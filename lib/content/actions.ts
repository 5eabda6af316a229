'use server';

import { adminAction, citizenAction } from '@/lib/actions';
import { previewContentPage, publishContentPage } from '@/lib/content/admin';
import { ZAcceptTermsSchema, ZPreviewContentPageSchema, ZPublishContentPageSchema } from '@/lib/content/schemas';
import { acceptTerms } from '@/lib/content/terms';

export const publishContentPageAction = adminAction(ZPublishContentPageSchema, async (data, { user, request }) => publishContentPage(data, { actor: user, request }));

export const previewContentPageAction = adminAction(ZPreviewContentPageSchema, async ({ body }, { user }) => previewContentPage(user, body));

export const acceptTermsAction = citizenAction(ZAcceptTermsSchema, async ({ termsVersionIds }, { user, request }) => acceptTerms(user, { termsVersionIds }, request));
