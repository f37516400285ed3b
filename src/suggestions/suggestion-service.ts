import DataLoader from 'dataloader';

import type { Database } from '../db/database';
import { suggestionRepository } from '../db/suggestions/suggestion-repository';
import { forecastSuggestions } from './forecast-sentences';
import { candidateSpans, nameSuggestions } from './name-spans';
import type { SuggestionModel } from './suggestion';

/**
 * The annotation assistant for one request: every turn asked for in one tick is read in one
 * statement, and every name key of those turns looked up in one more, so a whole episode's
 * suggestions cost two round trips.
 */
export class SuggestionService {
  private readonly loader: DataLoader<string, SuggestionModel[]>;

  constructor(private readonly db: Database) {
    this.loader = new DataLoader((ids) => this.batch(ids));
  }

  forTurn(turnId: string): Promise<SuggestionModel[]> {
    return this.loader.load(turnId);
  }

  private async batch(ids: readonly string[]): Promise<SuggestionModel[][]> {
    const turns = await suggestionRepository.turns(this.db, ids);
    const keys = new Set<string>();
    for (const turn of turns) for (const span of candidateSpans(turn.text)) keys.add(span.key);
    const known = await suggestionRepository.namesByKey(this.db, [...keys]);
    const byId = new Map(
      turns.map((turn) => [
        turn.id,
        [
          ...nameSuggestions(turn.text, known),
          ...forecastSuggestions(turn.text, turn.airDate),
        ].sort((a, b) => a.start - b.start || a.end - b.end),
      ]),
    );
    return ids.map((id) => byId.get(id) ?? []);
  }
}
