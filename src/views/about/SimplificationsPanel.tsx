import './simplifications.css'
import { SIMPLIFICATIONS } from './simplifications'

/** The simulator's simplifications, grouped, so a class knows where it differs from production. */
export default function SimplificationsPanel() {
  return (
    <div className="simplifications">
      <p className="panel__hint">
        Everything else follows Kafka’s and Samza’s own rules. The full list is in the scenario
        format’s documentation (docs/scenario-format.md).
      </p>
      {SIMPLIFICATIONS.map(({ area, items }) => (
        <section key={area} aria-label={area}>
          <h3>{area}</h3>
          <ul>
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
