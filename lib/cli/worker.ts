/**
 * `npm run worker`: runs the job worker on its own, for deployments where the web instances run
 * with JOBS_MODE=off. Any number of workers may run against the same database.
 */
import { startServices } from '@/lib/cli/services';
import { startWorker } from '@/lib/jobs/worker';

async function main() {
  const services = await startServices();
  const worker = await startWorker();
  console.log('[worker] running; Ctrl-C to stop');
  const stop = async () => {
    await worker.stop().catch(() => {});
    await services.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error) => {
  console.error(`[worker] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
