/**
 * Why a timestamp off the scenario's clock is refused. One before a real date's start is refused
 * although Kafka takes it (`message.timestamp.before.max.ms` is unlimited by default): the core
 * keeps record times on the scenario's clock, from its start on, and a time before it would need
 * every rule that ages records (retention, rolls, lags, horizons) checked again below 0.
 */
export function offClockMessage(value: number, start: number, end: number): string {
  if (start === 0)
    return `${value} is past 30 days (2592000000); for epoch milliseconds set clockStartMs`
  if (value < start) {
    return (
      `${value} is before clockStartMs (${start}). Kafka accepts older timestamps, but the ` +
      'simulator keeps record times on the scenario’s clock, from its start: set clockStartMs ' +
      `at or before ${value} and start the actions later`
    )
  }
  return `${value} is off the scenario's clock: an epoch time from clockStartMs (${start}) to 30 days after it (${end})`
}
