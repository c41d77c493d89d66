import { writeSync } from 'node:fs'

/** Thrown when standard output's reader has gone (`| head`): the runner then ends quietly. */
export class OutputClosed extends Error {}

const WAIT = new Int32Array(new SharedArrayBuffer(4))

/**
 * Writes all of `text` to standard output synchronously, so a closed reader is noticed at once
 * (EPIPE → `OutputClosed`) and the simulation stops instead of running on for nobody.
 * A non-blocking pipe that is full (EAGAIN) is waited on, a millisecond at a time.
 */
export function writeStdout(text: string): void {
  const bytes = Buffer.from(text, 'utf8')
  let done = 0
  while (done < bytes.length) {
    try {
      done += writeSync(1, bytes, done, bytes.length - done)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EPIPE') throw new OutputClosed('standard output was closed')
      if (code !== 'EAGAIN') throw error
      Atomics.wait(WAIT, 0, 0, 1)
    }
  }
}
