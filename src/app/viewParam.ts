/** The `v` field of a link: the open view and the partition it shows, as `log/<topic>/<partition>`. */
export function encodeView(topic: string, partition: number): string {
  return `log/${topic}/${partition}`
}

export function decodeView(view: string): { topic?: string; partition?: number } {
  const [name, topic, partition] = view.split('/')
  if (name !== 'log' || topic === undefined || !/^\d{1,3}$/.test(partition ?? '')) return {}
  return { topic, partition: Number(partition) }
}
