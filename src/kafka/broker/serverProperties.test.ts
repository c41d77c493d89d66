import { describe, expect, it } from 'vitest'
import { serverProperties } from './serverProperties'

function parse(text: string): Map<string, string> {
  return new Map(
    text
      .trim()
      .split('\n')
      .map((line) => {
        const at = line.indexOf('=')
        return [line.slice(0, at), line.slice(at + 1)] as const
      }),
  )
}

describe('the test broker configuration', () => {
  const props = parse(serverProperties({ broker: 9092, controller: 9093 }, '/tmp/data'))

  it('is one KRaft node, broker and controller, listening on 127.0.0.1 only', () => {
    expect(props.get('process.roles')).toBe('broker,controller')
    expect(props.get('controller.quorum.voters')).toBe('1@127.0.0.1:9093')
    expect(props.get('listeners')).toBe('PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093')
    expect(props.get('advertised.listeners')).toBe('PLAINTEXT://127.0.0.1:9092')
  })

  it('runs retention and the cleaner often, from the start, with one replica everywhere', () => {
    expect(props.get('log.initial.task.delay.ms')).toBe('0')
    expect(Number(props.get('log.retention.check.interval.ms'))).toBeLessThanOrEqual(1000)
    expect(Number(props.get('log.cleaner.backoff.ms'))).toBeLessThanOrEqual(1000)
    expect(props.get('offsets.topic.replication.factor')).toBe('1')
    expect(props.get('transaction.state.log.replication.factor')).toBe('1')
    expect(props.get('auto.create.topics.enable')).toBe('false')
  })
})
