/**
 * Summarises a CPU profile (Chromium's via `BENCH_PROFILE`, or `node --cpu-prof`): the functions
 * with the most self time and with the most total time (self plus callees), in ms.
 * `npx tsx bench/profileSummary.ts <file.cpuprofile> [rows]`
 */
import { readFileSync } from 'node:fs'

interface ProfileNode {
  readonly id: number
  readonly callFrame: {
    readonly functionName: string
    readonly url: string
    readonly lineNumber: number
  }
  readonly children?: readonly number[]
}

interface Profile {
  readonly nodes: readonly ProfileNode[]
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame
  const file = url.split('/').at(-1) ?? ''
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
}

function top(table: Map<string, number>, rows: number, title: string): void {
  console.log(`\n${title}`)
  const sorted = [...table].sort((a, b) => b[1] - a[1]).slice(0, rows)
  for (const [name, us] of sorted) console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${name}`)
}

const [path, rowsArg] = process.argv.slice(2)
if (path === undefined) throw new Error('usage: profileSummary.ts <file.cpuprofile> [rows]')
const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile
const rows = Number(rowsArg ?? 30)
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parentOf = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id)

const selfUs = new Map<number, number>()
profile.samples.forEach((id, i) => {
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
})
const self = new Map<string, number>()
const total = new Map<string, number>()
for (const [id, us] of selfUs) {
  const node = byId.get(id)
  if (node === undefined) continue
  self.set(label(node), (self.get(label(node)) ?? 0) + us)
  // Each function on the stack once, however often it recurses.
  const onStack = new Set<string>()
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const frame = byId.get(at)
    if (frame !== undefined) onStack.add(label(frame))
  }
  for (const name of onStack) total.set(name, (total.get(name) ?? 0) + us)
}
top(self, rows, 'self time')
top(total, rows, 'total time')
