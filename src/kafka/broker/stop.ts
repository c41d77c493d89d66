/** `npm run kafka:stop`: stops the broker `kafka:start` recorded (by its pid) and removes its data. */
import { rmSync } from 'node:fs'
import { isRunning } from './process'
import { RUN_DIR, readBrokerState } from './paths'

const STOP_TIMEOUT_MS = 30_000

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (isRunning(pid) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 200))
  }
  return !isRunning(pid)
}

async function stop(): Promise<void> {
  const state = readBrokerState()
  if (state && isRunning(state.pid)) {
    process.kill(state.pid, 'SIGTERM')
    if (!(await waitForExit(state.pid, STOP_TIMEOUT_MS))) {
      console.log(`The broker (pid ${String(state.pid)}) did not stop in time; killing it.`)
      process.kill(state.pid, 'SIGKILL')
      await waitForExit(state.pid, 5000)
    }
    console.log(`Kafka at ${state.bootstrap} stopped.`)
  } else {
    console.log('No running broker was recorded.')
  }
  rmSync(RUN_DIR, { recursive: true, force: true })
}

stop().catch((error: unknown) => {
  console.error(`kafka:stop: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
