import { useState, type FormEvent } from 'react';

import { words } from '../../labels';
import { storeToken } from '../../token';
import type { ViewerData } from './use-viewer';

type Ability = 'canAnnotate' | 'canReview' | 'canResolve';

const ABILITIES: [Ability, string][] = [
  ['canAnnotate', 'write claims, predictions, mentions, entities and exclusions'],
  ['canReview', 'accept or reject drafts written by others'],
  ['canResolve', 'resolve predictions'],
];

function list(items: string[], last: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1] ?? ''}`;
}

/** Who the token says the person is, what it allows and what it does not, in one paragraph. */
function standing(viewer: ViewerData): { text: string; warn: boolean } {
  const may = ABILITIES.filter(([flag]) => viewer[flag]).map(([, what]) => what);
  const mayNot = ABILITIES.filter(([flag]) => !viewer[flag]).map(([, what]) => what);
  if (viewer.role === 'UNKNOWN') {
    return {
      text: `This service does not know the token you gave. You can read, but you may not ${list(mayNot, 'or')}. Check the token, or ask whoever runs the service for one.`,
      warn: true,
    };
  }
  const who = `Signed in as ${viewer.name ?? 'someone'} (${words(viewer.role)} token).`;
  if (may.length === 0) {
    return { text: `${who} It reads only: you may not ${list(mayNot, 'or')}.`, warn: true };
  }
  const not = mayNot.length > 0 ? ` You may not ${list(mayNot, 'or')}.` : '';
  return { text: `${who} You may ${list(may, 'and')}.${not}`, warn: false };
}

/**
 * Paste the token once: it stays in this tab's sessionStorage (no cookie) and the API client
 * sends it as a bearer header. Reading needs none.
 */
export function SignIn({
  viewer,
  token,
  purpose,
}: {
  viewer: ViewerData | null;
  token: string;
  purpose: string;
}) {
  const [given, setGiven] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    storeToken(given);
    setGiven('');
  };
  if (token !== '' && viewer !== null && viewer.role !== 'ANONYMOUS') {
    const { text, warn } = standing(viewer);
    return (
      <div className={`sign-in ${warn ? 'state error inline' : 'signed-in'}`} data-testid="sign-in">
        <p role={warn ? 'alert' : 'status'}>{text}</p>
        <button type="button" className="quiet" onClick={() => storeToken('')}>
          Sign out
        </button>
      </div>
    );
  }
  return (
    <form className="sign-in" onSubmit={submit} data-testid="sign-in">
      <p>
        Reading is public. To {purpose}, sign in with an editor or reviewer token: it stays in this
        tab only and is sent only to this service.
      </p>
      <label htmlFor="sign-in-token">Token</label>{' '}
      <input
        id="sign-in-token"
        type="password"
        autoComplete="off"
        required
        value={given}
        onChange={(event) => setGiven(event.target.value)}
      />{' '}
      <button type="submit">Sign in</button>
    </form>
  );
}
