import { criteriaPrompts } from './criteria-prompts';

/** Resolution criteria, required, with prompts for what makes them scorable. */
export function CriteriaField({ value, set }: { value: string; set: (criteria: string) => void }) {
  const prompts = criteriaPrompts(value);
  return (
    <div className="field">
      <label htmlFor="cf-criteria">Resolution criteria (required)</label>
      <textarea
        id="cf-criteria"
        rows={3}
        required
        aria-describedby="cf-criteria-prompts"
        placeholder="CORRECT if …; PARTIALLY_CORRECT if …; INCORRECT if …"
        value={value}
        onChange={(e) => set(e.target.value)}
      />
      <ul id="cf-criteria-prompts" className="prompts" data-testid="criteria-prompts">
        {prompts.map((p) => (
          <li key={p.what} className={p.met ? 'met' : 'unmet'}>
            <span aria-hidden="true">{p.met ? '✓' : '•'}</span>{' '}
            {p.met ? `Names a ${p.what}.` : p.ask}
          </li>
        ))}
      </ul>
    </div>
  );
}
