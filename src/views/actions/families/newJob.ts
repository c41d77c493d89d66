import type { JobInput } from '../../../scenario/edit'
import { jobKey, type JobSpec, type ProcessorSpec } from '../../../sim'
import type { FormContext } from '../formContext'
import { LIMITS } from '../../../scenario/limits'
import {
  fieldProblem,
  optionalName,
  read,
  schemaNumber,
  validName,
  withFieldProblems,
} from '../parseField'
import { jobNumber } from '../schemaFields'
import type { NewJobFields } from './newJobForm'

/** `name-v3` → `name`: a copy's topics get the new job.id as their version, not a second one. */
function unversioned(topic: string): string {
  return topic.replace(/-v\d+$/, '')
}

/**
 * The parallel rewind's new job (Samza's reprocessing guide): the same code and inputs under the
 * first free job.id, with its own changelog and output, reading its inputs from the oldest offset.
 */
export function parallelJobFields(spec: JobSpec, context: FormContext): NewJobFields {
  const taken = new Set(context.jobs.map((j) => j.app))
  let id = Number.parseInt(spec['job.id'], 10) + 1 || 2
  while (taken.has(jobKey({ 'job.name': spec['job.name'], 'job.id': String(id) }))) id++
  const versioned = (topic: string | null, fallback: string): string =>
    `${unversioned(topic ?? fallback)}-v${id}`
  return {
    name: spec['job.name'],
    id: String(id),
    processor: spec.processor.type,
    table: spec.processor.type === 'enrich' ? spec.processor.table : '',
    inputs: spec.inputs.join(', '),
    store: spec.store,
    changelog: versioned(spec.changelog, `${spec['job.name']}-changelog`),
    output: versioned(spec.output, `${spec['job.name']}-output`),
    offsetDefault: 'oldest',
    resetOffset: spec['samza.reset.offset'],
    commitMs: String(spec['task.commit.ms']),
    containers: String(spec['job.container.count']),
    processingRate: String(spec.processingRate),
    restoreRate: String(spec.restoreRate),
    outputGuard: spec.outputGuard,
    hostAffinity: spec['job.host-affinity.enabled'],
  }
}

function processorOf(fields: NewJobFields): ProcessorSpec {
  return fields.processor === 'enrich'
    ? { type: 'enrich', table: read(validName(fields.table, 'The table topic')).name }
    : { type: fields.processor }
}

function inputsOf(fields: NewJobFields): string[] {
  const inputs = fields.inputs
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (inputs.length === 0) fieldProblem('Name at least one input topic')
  if (inputs.length > LIMITS.inputsPerJob)
    fieldProblem(`Name at most ${LIMITS.inputsPerJob} input topics`)
  return inputs.map((input) => read(validName(input, 'An input topic')).name)
}

/** The new job's spec (started only by the `job.start` added with it), or what is wrong with it. */
export function buildNewJob(fields: NewJobFields): JobInput | string {
  return withFieldProblems(() => ({
    'job.name': read(validName(fields.name, 'job.name')).name,
    'job.id': read(validName(fields.id, 'job.id')).name,
    processor: processorOf(fields),
    inputs: inputsOf(fields),
    store: read(validName(fields.store, 'The store')).name,
    startMs: null,
    changelog: read(optionalName(fields.changelog, 'The changelog')).name,
    output: read(optionalName(fields.output, 'The output')).name,
    'samza.offset.default': fields.offsetDefault,
    'samza.reset.offset': fields.resetOffset,
    'task.commit.ms': read(
      schemaNumber(fields.commitMs, 'task.commit.ms', jobNumber('task.commit.ms')),
    ),
    'job.container.count': read(
      schemaNumber(fields.containers, 'job.container.count', jobNumber('job.container.count')),
    ),
    processingRate: read(
      schemaNumber(fields.processingRate, 'The catch-up rate', jobNumber('processingRate')),
    ),
    restoreRate: read(
      schemaNumber(fields.restoreRate, 'The restore rate', jobNumber('restoreRate')),
    ),
    outputGuard: fields.outputGuard,
    'job.host-affinity.enabled': fields.hostAffinity,
  }))
}
