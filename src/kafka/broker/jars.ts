import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { KAFKA_DIR, LIB_DIR } from './paths'

/** A missing tool or a failed step, with a message a developer can act on. */
export class BrokerSetupError extends Error {}

const JAVA_HELP =
  'The real Kafka broker needs Java 17 or newer (the app and `npm test` do not). Install a JDK ' +
  '(Debian: apt-get install -y openjdk-17-jdk-headless) and make sure `java` is on PATH.'

const MAVEN_HELP =
  'The broker jars are resolved from Maven Central by Maven, which is not on PATH. Install it ' +
  '(Debian: apt-get install -y maven) and run `npm run kafka:start` again.'

/** Throws a clear error unless `java` 17+ runs. */
export function requireJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' })
  if (result.error || result.status !== 0) throw new BrokerSetupError(JAVA_HELP)
  const match = /version "(\d+)/.exec(result.stderr)
  const major = match?.[1] === undefined ? 0 : Number(match[1])
  if (major < 17) {
    throw new BrokerSetupError(`Found Java ${String(major || 'unknown')}. ${JAVA_HELP}`)
  }
}

/** The Kafka version of the resolved broker jar (kafka_2.13-<version>.jar), or null if missing. */
export function resolvedKafkaVersion(): string | null {
  if (!existsSync(LIB_DIR)) return null
  for (const name of readdirSync(LIB_DIR)) {
    const match = /^kafka_2\.13-(.+)\.jar$/.exec(name)
    if (match?.[1] !== undefined) return match[1]
  }
  return null
}

/** Resolves the broker jars into kafka/lib with Maven when they are not there yet; returns the version. */
export function ensureBrokerJars(): string {
  const present = resolvedKafkaVersion()
  if (present !== null) return present
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) throw new BrokerSetupError(MAVEN_HELP)
  console.log('Resolving the Kafka broker jars from Maven Central into kafka/lib …')
  const result = spawnSync('mvn', ['-B', '-q', '-f', join(KAFKA_DIR, 'pom.xml'), 'package'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const version = resolvedKafkaVersion()
  if (result.status !== 0 || version === null) {
    throw new BrokerSetupError(
      'Maven could not resolve the Kafka broker jars (see its output above).',
    )
  }
  return version
}

/** The JVM class path: every jar Maven copied. */
export function brokerClassPath(): string {
  return join(LIB_DIR, '*')
}
