/**
 * The process's seal signer, chosen by the configuration (lib/env.ts `seal`): a PKCS#12 file, the
 * demo seal or a remote provider. Loaded once per process and cached (a cache of a file or of the
 * provider's certificates; every process reads the same key).
 */
import 'server-only';
import { env } from '@/lib/env';
import { certificateValidAt, parseCertificate } from '@/lib/seal/certificate';
import { demoSigner } from '@/lib/seal/signers/demo';
import { p12FileSigner } from '@/lib/seal/signers/p12';
import { remoteSignerFrom } from '@/lib/seal/signers/remote-signer';
import { remoteSealProvider, REMOTE_SEAL_MISSING } from '@/lib/seal/signers/remote';
import { SealConfigError, type TSealSigner } from '@/lib/seal/signers/signer';

let cached: Promise<TSealSigner> | undefined;

async function load(): Promise<TSealSigner> {
  const { seal, dataDir } = env();
  if (seal.provider === 'p12' && seal.p12) return p12FileSigner(seal.p12.path, seal.p12.password);
  if (seal.provider === 'remote') {
    if (!remoteSealProvider) throw new SealConfigError(REMOTE_SEAL_MISSING);
    return remoteSignerFrom(remoteSealProvider);
  }
  return demoSigner(dataDir);
}

/** The seal signer; throws SealConfigError when the configured key cannot be used now. */
export async function getSealSigner(): Promise<TSealSigner> {
  cached ??= load().catch((error) => {
    // A failed load is not cached: the operator may fix the file without a restart.
    cached = undefined;
    throw error;
  });
  const signer = await cached;
  const now = new Date();
  if (!certificateValidAt(parseCertificate(signer.certificates[0]!), now)) {
    throw new SealConfigError(`The seal certificate of ${signer.identity.sealedBy} (serial ${signer.identity.certSerial}) is not valid on ${now.toISOString()}: renew it`);
  }
  return signer;
}

/** For tests that change the seal configuration between cases. */
export function resetSealSignerCache() {
  cached = undefined;
}
