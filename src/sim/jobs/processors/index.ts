import type { ProcessorSpec } from '../../simScenario'
import { countByKey } from './countByKey'
import { enrichWithTable } from './enrichWithTable'
import { latestByKey } from './latestByKey'
import type { Processor } from './types'

export type { InputRecord, MessageCollector, Processor, StoreAccess } from './types'

const PROCESSORS: Readonly<Record<ProcessorSpec['type'], Processor>> = {
  count: countByKey,
  latest: latestByKey,
  enrich: enrichWithTable,
}

export function processorFor(spec: ProcessorSpec): Processor {
  return PROCESSORS[spec.type]
}
