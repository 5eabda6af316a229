/**
 * Online payment: the contract a payment provider implements and the registry of the providers
 * this build knows. The portal picks one with PAYMENT_PROVIDER: `netopia` (NETOPIA Payments API v2,
 * lib/payments/providers/netopia.ts) or `test` (the local test provider, the embedded default:
 * lib/payments/providers/test.ts). Unset outside the embedded mode there is no online payment: fees
 * are paid by bank transfer with a proof, and /taxes says card payment is not available.
 *
 * The flow (lib/payments/payments.ts): the payer presses "Plătiți cu cardul" → a Payment is
 * recorded with its items → `startPayment` opens it at the provider (a new `orderId` per attempt)
 * and returns the provider's page → the payer pays there and comes back to `returnUrl` (the
 * payment's page in the portal; coming back proves nothing) → the provider POSTs the outcome to
 * `notifyUrl` (app/api/payments/<id>/callback) → `parseNotification` verifies it as the provider
 * specifies → `recordNotification` applies it once. An abandoned payment is asked about with
 * `queryStatus` by the expiry job before it is closed; the tax office refunds with `refund`.
 *
 * To plug in another provider (Ghișeul.ro, a bank's gateway): write lib/payments/providers/<id>.ts
 * exporting a `TPaymentProvider` (its credentials from its own environment variables, parsed with
 * zod, reported by `configProblem`), register it at the bottom of this file, set
 * PAYMENT_PROVIDER=<id>, and give the provider `<APP_URL>/api/payments/<id>/callback` as its
 * notification URL. Provider modules import only types from this file (no import cycle).
 */
import { netopiaProvider } from '@/lib/payments/providers/netopia';
import { testProvider } from '@/lib/payments/providers/test';

export type TPaymentStart = {
  /** The portal's order id of this attempt (unique, never reused); the provider's notifications name it. */
  orderId: string;
  amountBani: number;
  /** ISO 4217, "RON" for everything the city hall collects. */
  currency: string;
  /** A short text for the provider's page and the payer's statement. */
  description: string;
  payer: { email: string; firstName: string; lastName: string; phone: string | null; city: string | null; postalCode: string | null; address: string | null };
  /** The payment page's language. */
  locale: 'ro' | 'en';
  /** Where the provider sends the payer back: the portal's payment page (coming back proves nothing). */
  returnUrl: string;
  /** Where the provider reports the outcome, server to server. */
  notifyUrl: string;
  /** The lines paid, for the provider's order details. */
  items: { code: string; label: string; amountBani: number }[];
};

export type TPaymentStarted = {
  /** The provider's payment page (http or https). */
  redirectUrl: string;
  /** The provider's id of this payment (NETOPIA's ntpID). */
  providerPaymentId: string;
};

/** What a provider says about a payment, mapped to the portal's words. */
export type TProviderStatus = 'paid' | 'failed' | 'pending' | 'refunded';

export type TPaymentNotification = {
  orderId: string;
  providerPaymentId: string;
  status: TProviderStatus;
  /** What the provider says was paid, checked against the payment. */
  amountBani: number;
};

/** How the portal answers a notification, in the provider's format (NETOPIA wants errorType/errorCode). */
export type TNotificationReply = 'accepted' | 'rejected' | 'retry';

export type TPaymentProvider = {
  /** Lower-case letters, digits and dashes: the value of PAYMENT_PROVIDER and the notification path. */
  id: string;
  /** The name the payer sees ("Plătiți online prin …"). */
  label: { ro: string; en: string };
  /** A test provider or a provider's sandbox: no money moves, and the payment pages say so. */
  test?: boolean;
  /** Only for a demo on one machine (it lets anyone mark a payment paid): refused in production unless embedded. */
  localOnly?: boolean;
  /** What is missing or wrong in the provider's configuration (checked at start by lib/env.ts), or null. */
  configProblem?: (source: Record<string, string | undefined>) => string | null;
  /** Opens a payment at the provider; throws when the provider refuses or cannot be reached. */
  startPayment(input: TPaymentStart): Promise<TPaymentStarted>;
  /**
   * Reads a notification; null when it does not verify as the provider specifies (signature,
   * issuer, audience, body hash, expiry). Reads the outcome only from the signed message.
   */
  parseNotification(request: Request): Promise<TPaymentNotification | null>;
  /** The provider's answer to the portal's reply, as its protocol wants it. */
  notificationResponse(reply: TNotificationReply): Response;
  /** Asks the provider what became of a payment (the expiry job, before it closes one). */
  queryStatus(payment: { orderId: string; providerPaymentId: string }): Promise<{ status: TProviderStatus; amountBani: number }>;
  /** Gives the money back; throws when the provider refuses (nothing changes then). */
  refund(payment: { orderId: string; providerPaymentId: string; amountBani: number }): Promise<void>;
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

// The providers that ship with the portal.
registerPaymentProvider(netopiaProvider);
registerPaymentProvider(testProvider);
