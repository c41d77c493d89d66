/** `npm run replay -- <scenario.json> --bootstrap host:port [--time-factor N] [--cleanup]` */
export interface ReplayArguments {
  readonly file: string
  readonly bootstrap: string
  readonly timeFactor: number
  readonly cleanup: boolean
}

export const REPLAY_USAGE =
  'usage: npm run replay -- <scenario.json> --bootstrap host:port [--time-factor N] [--cleanup]'

/** Simulated time runs this many times faster than real time unless the user says otherwise. */
export const DEFAULT_TIME_FACTOR = 100

export function parseReplayArguments(
  argv: readonly string[],
): { ok: true; value: ReplayArguments } | { ok: false; message: string } {
  const fail = (message: string) => ({
    ok: false as const,
    message: `${message} (${REPLAY_USAGE})`,
  })
  const files: string[] = []
  let bootstrap: string | null = null
  let timeFactor = DEFAULT_TIME_FACTOR
  let cleanup = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--cleanup') {
      cleanup = true
    } else if (arg === '--bootstrap' || arg === '--time-factor') {
      const value = argv[++i]
      if (value === undefined) return fail(`${arg} needs a value`)
      if (arg === '--bootstrap') {
        if (!/^[A-Za-z0-9.-]+:\d{1,5}$/.test(value)) {
          return fail(`--bootstrap needs one host:port, not "${value}"`)
        }
        bootstrap = value
      } else {
        timeFactor = Number(value)
        if (!Number.isFinite(timeFactor) || timeFactor <= 0) {
          return fail(`--time-factor needs a number above 0, not "${value}"`)
        }
      }
    } else if (arg.startsWith('--')) {
      return fail(`unknown option ${arg}`)
    } else {
      files.push(arg)
    }
  }
  if (files.length !== 1 || files[0] === undefined) return fail('give one scenario file')
  if (bootstrap === null) return fail('--bootstrap is required: the one cluster to replay into')
  return { ok: true, value: { file: files[0], bootstrap, timeFactor, cleanup } }
}
