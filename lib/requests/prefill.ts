/** Answers filled in from the applicant's account for fields that map to profile data. */
import 'server-only';
import { db } from '@/lib/db';
import type { TServiceDefinition } from '@/lib/services/form/definition';

type TProfileValue = string | Record<string, string>;

export async function prefillAnswers(userId: string, definition: TServiceDefinition): Promise<Record<string, TProfileValue>> {
  if (!definition.fields.some((field) => field.prefill)) return {};
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, personProfile: true, organizationProfile: true },
  });
  const person = user.personProfile;
  const organization = user.organizationProfile;
  const place = person ?? organization;
  const address =
    place?.county && place.locality && place.street && place.number && place.postalCode
      ? Object.fromEntries(
          Object.entries({
            county: place.county,
            locality: place.locality,
            street: place.street,
            number: place.number,
            building: place.building,
            staircase: place.staircase,
            apartment: place.apartment,
            postalCode: place.postalCode,
          }).filter((entry): entry is [string, string] => Boolean(entry[1])),
        )
      : undefined;
  const sources: Record<string, TProfileValue | null | undefined> = {
    fullName: person ? `${person.firstName} ${person.lastName}` : organization?.representativeName,
    firstName: person?.firstName,
    lastName: person?.lastName,
    cnp: person?.cnp,
    cui: organization?.cui,
    organizationName: organization?.name,
    email: user.email,
    phone: person?.phone ?? organization?.phone,
    address,
  };
  const answers: Record<string, TProfileValue> = {};
  for (const field of definition.fields) {
    const value = field.prefill ? sources[field.prefill] : undefined;
    if (value) answers[field.key] = value;
  }
  return answers;
}
