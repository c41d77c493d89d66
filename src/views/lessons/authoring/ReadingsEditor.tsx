import { matchFromText, textOfMatch } from '../../../lessons/authoring/answerText'
import {
  conditionOf,
  hasSeveralReadings,
  readingsOf,
  withCondition,
  withReading,
  withReadingAdded,
  withReadingRemoved,
} from '../../../lessons/authoring/combined'
import type { QueryParams } from '../../../lessons/authoring/queryKinds'
import { formatQueryValue } from '../../../lessons/query/answer'
import type { QueryWorlds } from '../../../lessons/query/evaluate'
import { evaluateQuery } from '../../../lessons/query/evaluate'
import type { Match, Query, Reader } from '../../../lessons/query/query'
import type { BranchSide } from '../../../scenario/branches'
import { DraftField } from './DraftField'
import { ReadingEditor } from './ReadingEditor'

/** Two readings compared are named by their place in the comparison. */
const COMPARED = ['First reading', 'Second reading'] as const

/**
 * The readings a prediction's query is made of: one, two compared, or several (their values
 * together, or whether each holds its condition), each with its value at the cursor; several can
 * be added to and removed from (never fewer than two).
 */
export function ReadingsEditor({
  query,
  worlds,
  defaults,
  branchNames,
  holdsNow,
  onChange,
}: {
  readonly query: Query
  readonly worlds: QueryWorlds
  readonly defaults: QueryParams
  readonly branchNames: Readonly<Record<BranchSide, string>> | null
  /** The condition a reading starts with in an `all`: its value at the cursor. */
  readonly holdsNow: (reader: Reader) => Match
  readonly onChange: (label: string, query: Query) => void
}) {
  const readings = readingsOf(query)
  const several = hasSeveralReadings(query)
  if (readings.length === 1 && readings[0] !== undefined) {
    return (
      <ReadingEditor
        reader={readings[0]}
        defaults={defaults}
        branchNames={branchNames}
        kindLabel="Answered by"
        onChange={(label, next) => {
          onChange(label, withReading(query, 0, next))
        }}
      />
    )
  }
  const last = readings.at(-1)
  return (
    <>
      {readings.map((reader, i) => {
        const name = several ? `Reading ${i + 1}` : (COMPARED[i] ?? `Reading ${i + 1}`)
        const condition = conditionOf(query, i)
        return (
          <fieldset key={i} className="authoring__reading">
            <legend>{name}</legend>
            <ReadingEditor
              reader={reader}
              defaults={defaults}
              branchNames={branchNames}
              kindLabel="Reads"
              onChange={(label, next) => {
                const changed = withReading(query, i, next)
                // A condition is about what was read: reading something else starts it again.
                const restarted = condition !== undefined && next.kind !== reader.kind
                onChange(label, restarted ? withCondition(changed, i, holdsNow(next)) : changed)
              }}
            >
              <p className="authoring__reading-value">
                At the cursor: <strong>{formatQueryValue(evaluateQuery(reader, worlds))}</strong>
              </p>
              {condition !== undefined && (
                <DraftField
                  label={`${name} holds when it is`}
                  value={textOfMatch(condition)}
                  hint="yes, no, a number, nothing or a word; at least 1, at most 0, 2 to 5"
                  onCommit={(text) => {
                    // A blank condition is none: a reading of `all` always has one, so it stays.
                    const next = matchFromText(text)
                    if (next !== undefined) {
                      onChange(
                        `change ${name.toLowerCase()}'s condition`,
                        withCondition(query, i, next),
                      )
                    }
                  }}
                />
              )}
            </ReadingEditor>
            {several && (
              <button
                type="button"
                className="button button--quiet"
                disabled={readings.length <= 2}
                onClick={() => {
                  onChange(`remove ${name.toLowerCase()}`, withReadingRemoved(query, i))
                }}
              >
                Remove {name.toLowerCase()}
              </button>
            )}
          </fieldset>
        )
      })}
      {several && last !== undefined && (
        <button
          type="button"
          className="button"
          onClick={() => {
            onChange('add a reading', withReadingAdded(query, last, holdsNow(last)))
          }}
        >
          Add a reading
        </button>
      )}
    </>
  )
}
