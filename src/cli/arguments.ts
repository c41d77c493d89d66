export type CliArguments =
  | {
      readonly ok: true
      readonly file: string
      readonly at: number | null
      readonly events: boolean
    }
  | { readonly ok: false; readonly message: string }

export const USAGE = 'usage: npm run sim -- <scenario.json> [--at <ms>] [--events]'

/** Parses the runner's arguments; `--at` defaults to the end of the scenario. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  let file: string | null = null
  let at: number | null = null
  let events = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--events') events = true
    else if (arg === '--at') {
      const value = argv[++i]
      if (value === undefined || !/^\d+$/.test(value))
        return { ok: false, message: `--at needs a whole number of milliseconds (${USAGE})` }
      at = Number(value)
    } else if (arg?.startsWith('--'))
      return { ok: false, message: `unknown option ${arg} (${USAGE})` }
    else if (arg !== undefined) {
      if (file !== null) return { ok: false, message: `only one scenario file, please (${USAGE})` }
      file = arg
    }
  }
  if (file === null) return { ok: false, message: USAGE }
  return { ok: true, file, at, events }
}
