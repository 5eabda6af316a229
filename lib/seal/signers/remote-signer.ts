/** Adapts a plugged-in remote provider (remote.ts) to the portal's signer. */
import { certificateName, certificateSerial, isQualifiedSealCertificate, parseCertificate } from '@/lib/seal/certificate';
import type { TRemoteSealProvider } from '@/lib/seal/signers/remote';
import { SealConfigError, type TSealSigner } from '@/lib/seal/signers/signer';

export async function remoteSignerFrom(provider: TRemoteSealProvider): Promise<TSealSigner> {
  const certificates = await provider.certificates();
  const [own] = certificates;
  if (!own) throw new SealConfigError(`The remote seal provider ${provider.id} returned no certificate`);
  const certificate = parseCertificate(own);
  return {
    identity: { sealedBy: certificateName(certificate), certSerial: certificateSerial(certificate), qualified: isQualifiedSealCertificate(certificate) },
    certificates,
    algorithm: provider.algorithm,
    sign: async (toBeSigned) => provider.signHash(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', Uint8Array.from(toBeSigned)))),
  };
}
