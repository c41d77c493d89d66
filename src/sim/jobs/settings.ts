import type { JobSettings } from '../simScenario'

/** Just the settings of a job spec (a start's `set` overrides these). */
export function settingsOf(settings: JobSettings): JobSettings {
  return {
    'samza.offset.default': settings['samza.offset.default'],
    'samza.reset.offset': settings['samza.reset.offset'],
    'auto.offset.reset': settings['auto.offset.reset'],
    'task.commit.ms': settings['task.commit.ms'],
    'job.container.count': settings['job.container.count'],
    changelog: settings.changelog,
    output: settings.output,
    outputGuard: settings.outputGuard,
    processingRate: settings.processingRate,
    restoreRate: settings.restoreRate,
    'job.host-affinity.enabled': settings['job.host-affinity.enabled'],
  }
}

/**
 * The settings in which a run's config differs from the job's declared one, as `name=value`: what
 * the start that began the run changed (a start runs the declared config plus its own `set`).
 */
export function changedSettings(declared: JobSettings, run: JobSettings): string[] {
  const declaredSettings = settingsOf(declared)
  const runSettings = settingsOf(run)
  return (Object.keys(runSettings) as (keyof JobSettings)[]).flatMap((name) =>
    runSettings[name] === declaredSettings[name] ? [] : [`${name}=${String(runSettings[name])}`],
  )
}

/**
 * The consumer's `auto.offset.reset` for an out-of-range position: as set, or derived from
 * samza.offset.default (upcoming → latest, oldest → earliest), as `KafkaConsumerConfig` does.
 */
export function autoOffsetReset(settings: JobSettings): 'earliest' | 'latest' {
  return (
    settings['auto.offset.reset'] ??
    (settings['samza.offset.default'] === 'oldest' ? 'earliest' : 'latest')
  )
}

/** Records a task processes per run: 100 ms of work at its rate, at least one. */
export function batchSize(settings: JobSettings): number {
  return Math.max(1, Math.floor(settings.processingRate / 10))
}

/** Simulated ms a run of `records` takes (at least 1, so time always moves on). */
export function processingMs(settings: JobSettings, records: number): number {
  return Math.max(1, Math.ceil((records * 1000) / settings.processingRate))
}
