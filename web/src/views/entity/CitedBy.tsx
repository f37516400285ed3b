import { PersonLink } from '../../components/Bits';
import { Chart } from '../../components/Chart';
import type { EntityData } from './entity-data';

/** Who names the entity in their turns, as a bar chart and as links. */
export function CitedBy({ e }: { e: EntityData }) {
  return (
    <section className="panel" aria-labelledby="h-cited-by">
      <h2 id="h-cited-by">Who cited it</h2>
      {e.citedBy.length === 0 ? (
        <p className="state empty">Nobody names it in a turn.</p>
      ) : (
        <>
          <Chart
            label={`Bar chart of who named ${e.name}: ${e.citedBy.map((c) => `${c.person.name} ${c.count}`).join(', ')}`}
            height={Math.max(120, 40 + e.citedBy.length * 30)}
            option={{
              grid: { left: 130, right: 16, top: 10, bottom: 24 },
              tooltip: { trigger: 'item' },
              xAxis: { type: 'value', minInterval: 1 },
              yAxis: {
                type: 'category',
                inverse: true,
                data: e.citedBy.map((c) => c.person.name),
              },
              series: [
                {
                  type: 'bar',
                  data: e.citedBy.map((c) => c.count),
                  itemStyle: { color: '#1e7a46' },
                },
              ],
            }}
          />
          <ul className="figures">
            {e.citedBy.map((c) => (
              <li key={c.person.id}>
                <PersonLink person={c.person} />: {c.count}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
