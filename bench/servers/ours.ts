// (B) the claimgraph server itself, over HTTP, as npm start runs it (without the seed step).
import { createApp } from '../../src/server';
import { announce, benchDatabase } from './env';

async function main(): Promise<void> {
  const app = await createApp({ db: benchDatabase(), nodeEnv: 'production' });
  announce(await app.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1'));
}

void main();
