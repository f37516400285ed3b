// (B) the claimgraph server itself, over HTTP, as npm start runs it (without the seed step),
// with the per-client budgets off: the load comes from one address, and a budget would turn the
// run into a measure of the budget (the report says so).
import { RATE_OFF } from '../../src/guard/operation-guard';
import { createApp } from '../../src/server';
import { announce, benchDatabase } from './env';

async function main(): Promise<void> {
  const app = await createApp({ db: benchDatabase(), nodeEnv: 'production', rate: RATE_OFF });
  announce(await app.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1'));
}

void main();
