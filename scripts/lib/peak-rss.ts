import { readFileSync } from 'node:fs'

/** Peak resident memory (VmHWM) of a live process, from Linux's /proc, in MB; undefined elsewhere. */
export function peakRssMb(pid: number | 'self' | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]
    return kb ? Math.round(Number(kb) / 1024) : undefined
  } catch {
    return undefined
  }
}
