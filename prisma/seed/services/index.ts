/**
 * The services of the demo catalog, one file each, in catalog order: by category (see
 * ../categories.ts), then by position within it. Sources: the services of the city hall's former
 * portal (shared/SERVICES.md) and the laws each one cites.
 */
import type { TSeedService } from '@/prisma/seed/catalog';
import { petitieSesizare } from '@/prisma/seed/services/petitie-sesizare';
import { informatiiDeInteresPublic } from '@/prisma/seed/services/informatii-de-interes-public';
import { copiiDocumenteArhiva } from '@/prisma/seed/services/copii-documente-arhiva';
import { certificatAtestareFiscalaPersoaneFizice } from '@/prisma/seed/services/certificat-atestare-fiscala-persoane-fizice';
import { certificatAtestareFiscalaPersoaneJuridice } from '@/prisma/seed/services/certificat-atestare-fiscala-persoane-juridice';
import { declaratieImpunereCladiriTeren } from '@/prisma/seed/services/declaratie-impunere-cladiri-teren';
import { inregistrareRadiereVehicul } from '@/prisma/seed/services/inregistrare-radiere-vehicul';
import { istoricRolFiscal } from '@/prisma/seed/services/istoric-rol-fiscal';
import { restituireSumePlatite } from '@/prisma/seed/services/restituire-sume-platite';
import { certificatDeUrbanism } from '@/prisma/seed/services/certificat-de-urbanism';
import { autorizatieDeConstruire } from '@/prisma/seed/services/autorizatie-de-construire';
import { autorizatieDeDesfiintare } from '@/prisma/seed/services/autorizatie-de-desfiintare';
import { certificatNomenclaturaStradala } from '@/prisma/seed/services/certificat-nomenclatura-stradala';
import { acordDeFunctionare } from '@/prisma/seed/services/acord-de-functionare';
import { abonamentParcareRiveran } from '@/prisma/seed/services/abonament-parcare-riveran';

export const SEED_SERVICES: TSeedService[] = [
  // Relația cu cetățenii
  petitieSesizare,
  informatiiDeInteresPublic,
  copiiDocumenteArhiva,
  // Taxe și impozite locale
  certificatAtestareFiscalaPersoaneFizice,
  certificatAtestareFiscalaPersoaneJuridice,
  declaratieImpunereCladiriTeren,
  inregistrareRadiereVehicul,
  istoricRolFiscal,
  restituireSumePlatite,
  // Urbanism și construcții
  certificatDeUrbanism,
  autorizatieDeConstruire,
  autorizatieDeDesfiintare,
  certificatNomenclaturaStradala,
  // Comerț și transport
  acordDeFunctionare,
  abonamentParcareRiveran,
];
