/**
 * All configuration, parsed once with zod. With no configuration at all the embedded defaults are
 * used (PostgreSQL, S3 server and mailbox started by `npm start`); in production with external
 * services every secret is required and a missing one fails at start with a clear message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { findPaymentProvider, paymentProviderIds } from '@/lib/payments/provider';
import { normalizeIban } from '@/lib/services/form/iban';
import { p12Problem } from '@/lib/seal/signers/p12-file';
import { remoteSealProvider, REMOTE_SEAL_MISSING } from '@/lib/seal/signers/remote';

// Empty strings count as unset (a blank line in an env file must not override a default).
const unsetIfBlank = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);
const optional = <T extends z.ZodType>(schema: T) => unsetIfBlank(schema.optional());

const boolish = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

export const ZEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Set by the launcher when it started the embedded services itself. */
    PORTAL_MODE: z.enum(['embedded', 'external']).default('external'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Loopback unless set: an instance is not on the network until someone decides it (HOST=0.0.0.0). */
    HOST: z.string().default('127.0.0.1'),
    APP_URL: optional(z.url()),
    DATA_DIR: z.string().default('.data'),

    AUTH_SECRET: optional(z.string().min(32, 'AUTH_SECRET must be at least 32 characters long')),

    DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL')),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),

    S3_ENDPOINT: optional(z.url()),
    S3_REGION: z.string().default('us-east-1'),
    S3_BUCKET: optional(z.string().min(3)),
    S3_ACCESS_KEY_ID: optional(z.string()),
    S3_SECRET_ACCESS_KEY: optional(z.string()),
    S3_FORCE_PATH_STYLE: optional(boolish),
    EMBEDDED_S3_PORT: z.coerce.number().int().min(1).max(65535).default(4569),

    RESEND_API_KEY: optional(z.string().startsWith('re_', 'RESEND_API_KEY must start with re_')),
    RESEND_BASE_URL: z.url().default('https://api.resend.com'),
    MAIL_FROM: z.string().default('Primăria Municipiului Roman <portal@primariaroman.ro>'),
    MAIL_REPLY_TO: optional(z.email()),

    /** Where applicants pay the fees the city hall asks for (the treasury account of the local budget): the operator's override of /admin/settings. */
    PAYMENT_IBAN: optional(z.string().transform((value, ctx) => normalizeIban(value) ?? (ctx.addIssue({ code: 'custom', message: 'PAYMENT_IBAN is not a valid IBAN' }), z.NEVER))),
    PAYMENT_BENEFICIARY: optional(z.string().min(3)),
    /** The online payment provider (lib/payments/provider.ts); unset: bank transfer with proof of payment only. */
    PAYMENT_PROVIDER: optional(
      z.string().transform((id, ctx) => {
        // "none": no online payment, also in the embedded mode (whose default is the test provider).
        if (id === 'none') return undefined;
        if (findPaymentProvider(id)) return id;
        const known = paymentProviderIds().join(', ') || 'none';
        ctx.addIssue({
          code: 'custom',
          message: `PAYMENT_PROVIDER "${id}" is not a registered payment provider (registered: ${known}); leave it unset for bank transfer only, or plug one in as lib/payments/provider.ts explains`,
        });
        return z.NEVER;
      }),
    ),

    /** Kiosk terminals: idle time before the warning, the warning's countdown (≥ 20 s, WCAG 2.2.1), a kiosk session's absolute lifetime. */
    KIOSK_IDLE_SECONDS: unsetIfBlank(z.coerce.number().int().min(30).max(3600).default(120)),
    KIOSK_WARNING_SECONDS: unsetIfBlank(z.coerce.number().int().min(20).max(300).default(30)),
    KIOSK_SESSION_MINUTES: unsetIfBlank(z.coerce.number().int().min(5).max(120).default(15)),

    /** `in-process`: the web process also runs the jobs; `off`: run `npm run worker` separately. */
    JOBS_MODE: z.enum(['in-process', 'off']).default('in-process'),
    /** How many reverse proxies in front of the portal append to X-Forwarded-For (read by lib/cli/server.js). */
    TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
    /** First retry delay of a failed job; doubles on each retry. */
    JOBS_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),

    /** The electronic seal (lib/seal): `p12` a PKCS#12 file, `remote` a trust service provider's API, `demo` the generated test seal. Unset: p12 when SEAL_P12_PATH is set, else demo. */
    SEAL_PROVIDER: optional(z.enum(['demo', 'p12', 'remote'])),
    SEAL_P12_PATH: optional(z.string()),
    SEAL_P12_PASSWORD: optional(z.string()),
    /** An RFC 3161 timestamp authority; user:password in the URL are sent as HTTP Basic authentication. */
    SEAL_TSA_URL: optional(z.url({ protocol: /^https?$/ })),
  })
  .superRefine((env, ctx) => {
    // Both or neither; a file that cannot be read or opened fails here, at start, not at the first sealing.
    if ((env.SEAL_P12_PATH === undefined) !== (env.SEAL_P12_PASSWORD === undefined)) {
      const missing = env.SEAL_P12_PATH === undefined ? 'SEAL_P12_PATH' : 'SEAL_P12_PASSWORD';
      ctx.addIssue({ code: 'custom', path: [missing], message: `${missing} is required with ${missing === 'SEAL_P12_PATH' ? 'SEAL_P12_PASSWORD' : 'SEAL_P12_PATH'}: the seal certificate file and its password go together` });
    }
    if (env.SEAL_P12_PATH !== undefined) {
      let bytes: Buffer | null = null;
      try {
        bytes = fs.readFileSync(path.resolve(env.SEAL_P12_PATH));
      } catch {
        ctx.addIssue({ code: 'custom', path: ['SEAL_P12_PATH'], message: `SEAL_P12_PATH ${env.SEAL_P12_PATH} is not a readable file` });
      }
      const problem = bytes && env.SEAL_P12_PASSWORD !== undefined ? p12Problem(bytes, env.SEAL_P12_PASSWORD, `SEAL_P12_PATH ${env.SEAL_P12_PATH}`) : null;
      if (problem) ctx.addIssue({ code: 'custom', path: ['SEAL_P12_PASSWORD'], message: problem });
    }
    if (env.SEAL_PROVIDER === 'p12' && env.SEAL_P12_PATH === undefined) {
      ctx.addIssue({ code: 'custom', path: ['SEAL_P12_PATH'], message: 'SEAL_PROVIDER=p12 needs SEAL_P12_PATH and SEAL_P12_PASSWORD' });
    }
    if (env.SEAL_PROVIDER === 'remote' && !remoteSealProvider) ctx.addIssue({ code: 'custom', path: ['SEAL_PROVIDER'], message: REMOTE_SEAL_MISSING });
  })
  .superRefine((env, ctx) => {
    const provider = env.PAYMENT_PROVIDER ? findPaymentProvider(env.PAYMENT_PROVIDER) : null;
    if (!provider) return;
    // The local test provider lets anyone mark a payment paid: a demo or a test, never a city hall's portal.
    if (provider.localOnly && env.NODE_ENV === 'production' && env.PORTAL_MODE !== 'embedded') {
      ctx.addIssue({ code: 'custom', path: ['PAYMENT_PROVIDER'], message: `PAYMENT_PROVIDER=${provider.id} is the local test provider (no real money): not allowed in production; use netopia or leave it unset` });
    }
  })
  .superRefine((env, ctx) => {
    if (env.PORTAL_MODE === 'embedded' || env.NODE_ENV !== 'production') return;
    const required: [keyof typeof env, string][] = [
      ['DATABASE_URL', 'the PostgreSQL connection string'],
      ['AUTH_SECRET', 'a random secret of at least 32 characters (openssl rand -base64 48)'],
      ['APP_URL', 'the public address of the portal, e.g. https://portal.primariaroman.ro'],
      ['S3_BUCKET', 'the bucket that holds uploaded documents'],
      ['S3_ACCESS_KEY_ID', 'the S3 access key'],
      ['S3_SECRET_ACCESS_KEY', 'the S3 secret key'],
      ['RESEND_API_KEY', 'the Resend API key (re_...)'],
      // The fee account is not required here: the administrators set it in /admin/settings
      // (PAYMENT_IBAN / PAYMENT_BENEFICIARY, when set, override it: lib/settings/municipality.ts).
    ];
    for (const [key, what] of required) {
      if (env[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is required in production: ${what}` });
    }
  });

export type TEnv = z.infer<typeof ZEnvSchema> & {
  appUrl: string;
  dataDir: string;
  mailTransport: 'resend' | 'mailbox';
  mailboxDir: string;
  /** The environment's part of where fees are paid (the default of /admin/settings); fees use getPaymentAccount() of lib/settings/settings.ts. */
  payment: { iban: string; beneficiary: string };
  kiosk: { idleSeconds: number; warningSeconds: number; sessionSeconds: number };
  /** Read by lib/seal/signers. */
  seal: { provider: 'demo' | 'p12' | 'remote'; p12: { path: string; password: string } | null; tsaUrl: string | null };
};

/** A syntactically valid IBAN that is visibly not a real account (XXXX), for demos and tests. */
export const DEMO_PAYMENT_IBAN = 'RO80TREZ4922440XXXXXXXXX';

export class EnvError extends Error {}

/** Parses an environment (process.env by default); throws EnvError listing every problem. */
export function parseEnv(source: Record<string, string | undefined> = process.env): TEnv {
  const result = ZEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || 'env'}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}\nSee the configuration table in README.md.`);
  }
  const env = result.data;
  // A provider's own variables (e.g. NETOPIA_API_KEY) are its own to check.
  const providerProblem = env.PAYMENT_PROVIDER ? findPaymentProvider(env.PAYMENT_PROVIDER)?.configProblem?.(source) : null;
  if (providerProblem) throw new EnvError(`Invalid configuration:\n  - PAYMENT_PROVIDER: ${providerProblem}\nSee the configuration table in README.md.`);
  const dataDir = path.resolve(env.DATA_DIR);
  return {
    ...env,
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    dataDir,
    mailTransport: env.RESEND_API_KEY ? 'resend' : 'mailbox',
    mailboxDir: path.join(dataDir, 'mail'),
    payment: {
      iban: env.PAYMENT_IBAN ?? DEMO_PAYMENT_IBAN,
      beneficiary: env.PAYMENT_BENEFICIARY ?? 'Municipiul Roman',
    },
    kiosk: { idleSeconds: env.KIOSK_IDLE_SECONDS, warningSeconds: env.KIOSK_WARNING_SECONDS, sessionSeconds: env.KIOSK_SESSION_MINUTES * 60 },
    seal: {
      provider: env.SEAL_PROVIDER ?? (env.SEAL_P12_PATH !== undefined ? 'p12' : 'demo'),
      p12: env.SEAL_P12_PATH !== undefined && env.SEAL_P12_PASSWORD !== undefined ? { path: path.resolve(env.SEAL_P12_PATH), password: env.SEAL_P12_PASSWORD } : null,
      tsaUrl: env.SEAL_TSA_URL ?? null,
    },
  };
}

let cached: TEnv | undefined;

/** The process configuration, parsed on first use (not at import: `next build` imports modules). */
export function env(): TEnv {
  cached ??= parseEnv();
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvCache() {
  cached = undefined;
}
