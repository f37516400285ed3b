// Floor of the HTTP round trip: node:http with no framework and no GraphQL, answering the bench's
// "claim by id" body with the same statement (A) runs. bench/floors.ts compares it with A and B.
import http from 'node:http';

import { announce } from './env';
import { claimReader } from './floor-statement';

const read = claimReader();

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      variables: { id: string };
    };
    read(body.variables.id).then(
      (row) => {
        const claim = row === null ? null : { ...row, speaker: { name: row.speaker } };
        const text = JSON.stringify({ data: { claim } });
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
        });
        res.end(text);
      },
      (error: unknown) => {
        res.writeHead(500).end(String(error));
      },
    );
  });
});

server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  announce(`http://127.0.0.1:${port}/graphql`);
});
