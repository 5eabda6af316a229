/**
 * Online payment of fees: the contract a payment provider implements and the registry that holds
 * the providers this build knows. The portal picks one with PAYMENT_PROVIDER; unset (the embedded
 * default) there is no online payment: the applicant pays by bank transfer and uploads the proof,
 * and the request page says so. An id that is not registered fails the configuration at start
 * (lib/env.ts).
 *
 * The flow: the applicant presses "Plătiți online" → `startPayment` (server side) opens a payment
 * at the provider for the fee and returns where to send the payer → the payer pays on the
 * provider's page and comes back to `returnUrl` (the request page; coming back proves nothing) →
 * the provider POSTs the outcome to `callbackUrl` (app/api/payments/<id>/callback) → `parseCallback`
 * verifies the provider's signature and reads it → on "paid" with the fee's exact amount the fee is
 * PAID and the request goes back into review, with the timeline event and the applicant's
 * notification (lib/payments/online-payment.ts). Callbacks may come more than once: only the first
 * "paid" changes anything.
 *
 * To plug in a real provider (a card processor such as Netopia or EuPlătesc, or Ghișeul.ro):
 *   1. Write lib/payments/providers/<id>.ts exporting a `TPaymentProvider`. Read its credentials
 *      (merchant id, API key, signing key or certificate) from its own environment variables,
 *      parsed with zod, so that a missing one fails with a clear message.
 *   2. `startPayment`: create the order with the provider's API (amount, currency, reference,
 *      return and callback URLs) and return the payment page URL and the provider's id of the
 *      payment. Each call is a new attempt (the applicant may press the button again after giving
 *      up on the provider's page), so any order id sent to the provider must be new each time.
 *   3. `parseCallback`: verify the signature the way the provider documents it (HMAC over the
 *      body, a signed JWT, an RSA signature), compare in constant time, and return null when it
 *      does not verify. Read the outcome only from the signed message, never from unsigned fields
 *      or from what the payer's browser brings back to `returnUrl`.
 *   4. Register it below (`registerPaymentProvider(yourProvider)`), set PAYMENT_PROVIDER=<id> and
 *      give the provider `<APP_URL>/api/payments/<id>/callback` as its notification URL.
 * A provider module only imports types from this file, so the registry has no import cycle.
 */

export type TPaymentStart = {
  feeId: string;
  amountBani: number;
  /** ISO 4217, "RON" for every fee so far. */
  currency: string;
  /** The fee's payment reference (the request's registration number). */
  reference: string;
  /** A short text for the provider's page and the payer's statement. */
  description: string;
  payerEmail: string;
  /** Where the provider sends the payer back: the request page. */
  returnUrl: string;
  /** Where the provider reports the outcome, server to server. */
  callbackUrl: string;
};

export type TPaymentStarted = {
  /** The provider's payment page (https). */
  redirectUrl: string;
  /** The provider's id of this payment; its callbacks name it. */
  providerPaymentId: string;
};

export type TPaymentCallback = {
  providerPaymentId: string;
  status: 'paid' | 'failed' | 'pending';
  /** What the provider says was paid, checked against the fee. */
  amountBani: number;
};

export type TPaymentProvider = {
  /** Lower-case letters, digits and dashes: the value of PAYMENT_PROVIDER and the callback path. */
  id: string;
  /** The name the applicant sees ("Plătiți online prin …"). */
  label: { ro: string; en: string };
  /** Opens a payment at the provider; throws when the provider refuses or cannot be reached. */
  startPayment(input: TPaymentStart): Promise<TPaymentStarted>;
  /** Reads a callback; null when the provider's signature does not verify (answered with 400). */
  parseCallback(request: Request): Promise<TPaymentCallback | null>;
};

const PROVIDER_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const providers = new Map<string, TPaymentProvider>();

/** Makes a provider available to PAYMENT_PROVIDER; an id may be registered once. */
export function registerPaymentProvider(provider: TPaymentProvider): void {
  if (!PROVIDER_ID.test(provider.id)) throw new Error(`Payment provider id "${provider.id}" must be lower-case letters, digits and dashes`);
  const existing = providers.get(provider.id);
  if (existing && existing !== provider) throw new Error(`Payment provider "${provider.id}" is already registered`);
  providers.set(provider.id, provider);
}

export function findPaymentProvider(id: string): TPaymentProvider | null {
  return providers.get(id) ?? null;
}

export function paymentProviderIds(): string[] {
  return [...providers.keys()];
}

// The providers that ship with the portal are registered here. There are none yet: the embedded
// default has no online payment.
