/** The class's votes (choice indices) counted per choice; votes for no such choice are ignored. */
export function tallyOf(votes: readonly number[] | undefined, choiceCount: number): number[] {
  const counts = new Array<number>(choiceCount).fill(0)
  for (const choice of votes ?? []) {
    if (choice >= 0 && choice < choiceCount) counts[choice] = (counts[choice] ?? 0) + 1
  }
  return counts
}

/** "12 votes" / "1 vote": how many answered. */
export function formatVotes(count: number): string {
  return `${String(count)} ${count === 1 ? 'vote' : 'votes'}`
}
