// npm run token -- --name NAME [--role editor|reader]: makes a bearer token for mutations.
import { hashToken, newToken } from '../src/auth';

const HELP = `usage: npm run token -- --name NAME [--role editor|reader]

Prints a new random bearer token and the CLAIMGRAPH_TOKENS entry that admits it. The service
keeps only the sha256 of a token, so store the token itself where your client can read it.
Several entries are joined with commas:
  CLAIMGRAPH_TOKENS="alice:editor:<hash>,dash:reader:<hash>" npm start
Editors may resolve and reopen predictions; readers may not (reads need no token at all).
`;

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  const value = (flag: string): string | undefined => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const name = value('--name');
  const role = value('--role') ?? 'editor';
  if (name === undefined || !/^[A-Za-z0-9._-]{1,64}$/.test(name)) {
    process.stderr.write(`token: --name is required (letters, digits, . _ -)\n\n${HELP}`);
    process.exit(2);
  }
  if (role !== 'editor' && role !== 'reader') {
    process.stderr.write(`token: --role must be editor or reader, got "${role}"\n`);
    process.exit(2);
  }
  const token = newToken();
  process.stdout.write(
    `token (give this to the client, keep it secret):\n  ${token}\n` +
      `CLAIMGRAPH_TOKENS entry (give this to the service):\n  ${name}:${role}:${hashToken(token)}\n`,
  );
}

main();
