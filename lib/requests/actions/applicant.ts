'use server';

import { revalidatePath } from 'next/cache';
import { citizenAction } from '@/lib/actions';
import { assertAcceptedTerms } from '@/lib/content/terms';
import { env } from '@/lib/env';
import { qrSvg, statusLookupUrl } from '@/lib/kiosk/phone-links';
import { discardDraft, saveDraft } from '@/lib/requests/commands/drafts';
import { messageCityHall, provideInformation, sendPaymentProof, withdrawRequest } from '@/lib/requests/commands/applicant';
import { ZApplicantMessageSchema, ZPaymentProofSchema, ZProvideInfoSchema, ZRequestIdSchema, ZSaveDraftSchema, ZWithdrawSchema } from '@/lib/requests/schemas/applicant';
import { submitRequest } from '@/lib/requests/commands/submit';

export const saveDraftAction = citizenAction(ZSaveDraftSchema, async (data, { user }) => {
  const saved = await saveDraft(user, data);
  return { requestId: saved.requestId, savedAt: saved.savedAt.toISOString() };
});

export const discardDraftAction = citizenAction(ZRequestIdSchema, async ({ requestId }, { user }) => {
  await discardDraft(user, requestId);
  revalidatePath('/dashboard');
});

// No revalidatePath here: it would refresh the review page, which (no longer a draft) redirects
// away from the confirmation that shows the access code once. Personal-space pages are dynamic.
// The confirmation's QR code (made here: the number exists only now) opens the public status page
// with the number filled in; the access code stays on paper.
export const submitRequestAction = citizenAction(ZRequestIdSchema, async ({ requestId }, { user }) => {
  // New terms or privacy notice published since the citizen last accepted: read and accept them first (/accept-terms).
  await assertAcceptedTerms(user);
  const submitted = await submitRequest(user, requestId);
  return { ...submitted, statusQr: await qrSvg(statusLookupUrl(env().appUrl, submitted.registrationNumber)) };
});

// The applicant's actions on a filed request; each re-renders the request page.
const onRequest =
  <T extends { requestId: string }>(run: (user: { id: string }, data: T) => Promise<{ version: number }>) =>
  async (data: T, { user }: { user: { id: string } }) => {
    const result = await run(user, data);
    revalidatePath(`/requests/${data.requestId}`);
    return { version: result.version };
  };

export const messageCityHallAction = citizenAction(ZApplicantMessageSchema, onRequest(messageCityHall));
export const provideInfoAction = citizenAction(ZProvideInfoSchema, onRequest(provideInformation));
export const paymentProofAction = citizenAction(ZPaymentProofSchema, onRequest(sendPaymentProof));
export const withdrawAction = citizenAction(ZWithdrawSchema, onRequest(withdrawRequest));
