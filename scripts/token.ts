// npm run token -- --name NAME [--role editor|reviewer|reader]: makes a bearer token for mutations.
import { hashToken, newToken, ROLES } from '../src/auth';
import { runCommand, UsageError } from '../src/cli/command';

const SPEC = {
  usage: 'npm run token -- --name NAME [--role editor|reviewer|reader]',
  description: `Prints a new random bearer token and the CLAIMGRAPH_TOKENS entry that admits it. The service
keeps only the sha256 of a token, so store the token itself where your client can read it.
Several entries are joined with commas:
  CLAIMGRAPH_TOKENS="alice:editor:<hash>,dash:reader:<hash>" npm start
Editors annotate in the workbench and resolve and reopen predictions; reviewers do the same and
accept or reject claims (never their own); readers write nothing (reads need no token at all).`,
  options: {
    name: {
      type: 'string',
      valueName: 'NAME',
      description: 'who holds it (letters, digits, . _ -)',
    },
    role: { type: 'string', valueName: 'ROLE', description: ROLES.join(' or '), default: 'editor' },
  },
} as const;

void runCommand(SPEC, ({ values }) => {
  const { name, role = 'editor' } = values;
  if (name === undefined || !/^[A-Za-z0-9._-]{1,64}$/.test(name)) {
    throw new UsageError('--name is required (letters, digits, . _ -)');
  }
  if (!ROLES.some((known) => known === role)) {
    throw new UsageError(`--role must be ${ROLES.join(' or ')}, got "${role}"`);
  }
  const token = newToken();
  process.stdout.write(
    `token (give this to the client, keep it secret):\n  ${token}\n` +
      `CLAIMGRAPH_TOKENS entry (give this to the service):\n  ${name}:${role}:${hashToken(token)}\n`,
  );
});
