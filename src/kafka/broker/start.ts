/**
 * `npm run kafka:start`: formats a fresh storage directory and starts one KRaft node (broker and
 * controller in one JVM) on 127.0.0.1 with free ports, waits until it answers, and prints its
 * bootstrap address. `npm run kafka:stop` stops it and removes its data.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { waitUntilAnswering } from './answering'
import { newClusterId } from './clusterId'
import { freePort } from './freePort'
import { BrokerSetupError, brokerClassPath, ensureBrokerJars, requireJava } from './jars'
import { isRunning } from './process'
import { RUN_DIR, readBrokerState, writeBrokerState } from './paths'
import { serverProperties } from './serverProperties'

/** A small heap: the tests write a few MiB; the cleaner's buffer is 16 MiB (serverProperties.ts). */
const JVM_OPTIONS = ['-Xms128m', '-Xmx384m', '-XX:+UseSerialGC', '-Djava.awt.headless=true']
const STARTUP_TIMEOUT_MS = 90_000

function runJava(args: readonly string[], what: string): void {
  const result = spawnSync('java', ['-cp', brokerClassPath(), ...args], { encoding: 'utf8' })
  if (result.status !== 0) {
    throw new BrokerSetupError(`${what} failed:\n${result.stdout}${result.stderr}`)
  }
}

async function start(): Promise<void> {
  const previous = readBrokerState()
  if (previous && isRunning(previous.pid)) {
    console.log(`Kafka ${previous.version} is already running at ${previous.bootstrap}`)
    return
  }
  requireJava()
  const version = ensureBrokerJars()
  rmSync(RUN_DIR, { recursive: true, force: true })
  const dataDir = join(RUN_DIR, 'data')
  mkdirSync(dataDir, { recursive: true })
  const ports = { broker: await freePort(), controller: await freePort() }
  const configFile = join(RUN_DIR, 'server.properties')
  writeFileSync(configFile, serverProperties(ports, dataDir))

  const clusterId = newClusterId()
  runJava(
    ['kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', configFile],
    'Formatting the storage directory',
  )

  const logFile = join(RUN_DIR, 'broker.log')
  const out = openSync(logFile, 'a')
  const child = spawn(
    'java',
    [...JVM_OPTIONS, '-cp', brokerClassPath(), 'kafka.Kafka', configFile],
    { detached: true, stdio: ['ignore', out, out] },
  )
  child.unref()
  if (child.pid === undefined) throw new BrokerSetupError('Could not start the java process.')
  const bootstrap = `127.0.0.1:${String(ports.broker)}`
  writeBrokerState({ pid: child.pid, bootstrap, version, logFile })

  const pid = child.pid
  const answered = await waitUntilAnswering(bootstrap, STARTUP_TIMEOUT_MS, () => isRunning(pid))
  if (!answered) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n')
    if (isRunning(pid)) process.kill(pid, 'SIGKILL')
    throw new BrokerSetupError(
      `The broker did not answer within ${String(STARTUP_TIMEOUT_MS / 1000)} s. Last lines of ${logFile}:\n${tail}`,
    )
  }
  console.log(`Kafka ${version} (KRaft, broker+controller) is up, pid ${String(pid)}`)
  console.log(`bootstrap: ${bootstrap}`)
}

start().catch((error: unknown) => {
  console.error(`kafka:start: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
