/**
 * What a request's answer is merged with: the applicant as filed, the form's answers formatted as on
 * the request page, the municipality as saved in /admin/settings, the clerk, and the decision's own
 * details (the fee, the information asked for).
 *
 * A data function, not an access rule: it takes a request id and reads that request, whoever asks.
 * Its callers authorize first, with the clerk's scope (the decision commands lock the request inside
 * that scope; the preview action finds it through staffScope); never call it with an id a user gave
 * without that check.
 */
import 'server-only';
import { displayNameOrNull, nameSelect } from '@/lib/accounts/display-name';
import type { db, TTransaction } from '@/lib/db';
import { env } from '@/lib/env';
import type { AnswerTemplateKind } from '@/lib/generated/prisma/client';
import { formatAnswer, formatAnswers } from '@/lib/services/form/format';
import { parseServiceDefinition, type TField } from '@/lib/services/form/definition';
import { paymentAccount, type TMunicipality } from '@/lib/settings/municipality';
import { readMunicipality } from '@/lib/settings/read';
import type { TMergeData } from '@/lib/templates/merge';

type TClient = TTransaction | typeof db;

type TMergeDataInput = {
  requestId: string;
  kind: AnswerTemplateKind;
  /** The clerk's free text: `{{text}}`. */
  clerkText: string;
  clerkId: string;
  fee?: { amountBani: number; dueAt: Date; legalBasis: string };
  info?: { dueAt: Date; items: string[] };
  /** When the document is issued (default: now). */
  now?: Date;
};

type TAddressColumns = { county: string | null; locality: string | null; street: string | null; number: string | null; building: string | null; staircase: string | null; apartment: string | null; postalCode: string | null };

// The profile's address in the words of the form's address answers ("Str. Ștefan cel Mare nr. 10, Roman, jud. Neamț, 611001").
const ADDRESS_FIELD = { key: 'adresa', type: 'address' } as unknown as TField;
function addressOf(columns: TAddressColumns | null): string | null {
  if (!columns || !columns.street) return null;
  return formatAnswer(ADDRESS_FIELD, columns, 'ro') || null;
}

/** The municipality's header lines, in Romanian. */
export function municipalityLines(municipality: TMunicipality): TMergeData['municipality'] {
  const { address } = municipality;
  return {
    name: municipality.name.ro,
    address: `${address.street}, ${address.postalCode} ${address.city}, jud. ${address.county}`,
    contact: [`Tel. ${municipality.phone}`, municipality.email, municipality.website.replace(/^https?:\/\//, '')].join(' · '),
  };
}

/** The merge data of a request's answer of `kind` (see the module's note on authorization). */
export async function mergeDataFor(client: TClient, input: TMergeDataInput): Promise<TMergeData> {
  const addressSelect = { county: true, locality: true, street: true, number: true, building: true, staircase: true, apartment: true, postalCode: true } as const;
  const [request, clerk, municipality] = await Promise.all([
    client.serviceRequest.findUniqueOrThrow({
      where: { id: input.requestId },
      select: {
        registrationNumber: true,
        submittedAt: true,
        answers: true,
        applicantName: true,
        applicantIdNumber: true,
        applicant: { select: { ...nameSelect, personProfile: { select: { firstName: true, lastName: true, cnp: true, ...addressSelect } }, organizationProfile: { select: { name: true, cui: true, ...addressSelect } } } },
        serviceVersion: { select: { definition: true, service: { select: { titleRo: true, legalBasisRo: true } } } },
      },
    }),
    client.user.findUnique({ where: { id: input.clerkId }, select: nameSelect }),
    readMunicipality(client),
  ]);
  const { applicant } = request;
  const definition = parseServiceDefinition(request.serviceVersion.definition);
  const answers = formatAnswers(definition, (request.answers ?? {}) as Record<string, unknown>, 'ro');
  const organization = applicant.organizationProfile;
  const service = request.serviceVersion.service;
  return {
    applicant: {
      // As filed (the snapshot at submission), else as the profile says now.
      name: request.applicantName ?? organization?.name ?? displayNameOrNull(applicant) ?? '',
      idNumber: request.applicantIdNumber ?? organization?.cui ?? applicant.personProfile?.cnp ?? null,
      address: addressOf(organization ?? applicant.personProfile),
    },
    request: { registrationNumber: request.registrationNumber ?? '', submittedAt: request.submittedAt ?? new Date(0) },
    serviceTitle: service.titleRo,
    answers: Object.fromEntries(answers.map((a) => [a.key, a.value])),
    text: input.clerkText,
    legalBasis: input.kind === 'FEE_NOTICE' && input.fee ? input.fee.legalBasis : (service.legalBasisRo ?? null),
    issuedAt: input.now ?? new Date(),
    municipality: municipalityLines(municipality),
    clerk: { name: displayNameOrNull(clerk) },
    fee: input.fee ? { amountBani: input.fee.amountBani, dueAt: input.fee.dueAt, iban: paymentAccount(municipality.treasury, env()).iban } : null,
    info: input.info ?? null,
  };
}
