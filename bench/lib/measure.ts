// Runs one command and measures it: wall time, CPU time of its whole process tree, and memory.
//
// Memory: every 100 ms the command's process tree (the command and all its descendants, found
// through the parent pids in /proc/<pid>/stat) is walked and each process's VmRSS and VmHWM
// (its own peak RSS, so a spike between two samples is not missed) are read from
// /proc/<pid>/status. Reported:
//   - max single process RSS: the highest VmHWM/VmRSS any one process of the tree reached
//   - max tree RSS: the highest sum of VmRSS over the tree's live processes at one sample
// RSS counts shared pages once per process, so for multi-process programs (Chromium) the tree
// sum overstates real memory use; it is the conservative figure.
//
// CPU: the CPU time of every process the command's tree reaped (cutime + cstime of this process
// in /proc/self/stat, before vs after). "Other CPU" is what the rest of the machine used during
// the run (busy time in /proc/stat minus the command's and this sampler's), to show how loaded
// the machine was. The sampler itself costs about 0.05 of a core.
//
// Before each command, `sync` flushes dirty pages, so the writes of one measurement are not
// paid for by the next (deleting files written seconds ago is several times slower on this
// disk than deleting flushed ones).
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const SAMPLE_MS = 100
const CLK_TCK = 100 // USER_HZ: 100 on every Linux this runs on (sysconf(_SC_CLK_TCK))

export interface ProcessPeak {
  pid: number
  /** Short description of the process: program and the arguments that tell it apart. */
  label: string
  peakKb: number
}

export interface Measurement {
  label: string
  command: string[]
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  seconds: number
  /** CPU seconds used by the command's process tree (user + system). */
  cpuSeconds: number
  /** CPU seconds the rest of the machine used meanwhile, averaged as cores busy. */
  otherCores: number
  loadBefore: number
  loadAfter: number
  /** The process with the highest peak RSS. */
  maxProcess: ProcessPeak | undefined
  /** Every process's peak, highest first. */
  processes: ProcessPeak[]
  maxTreeKb: number
  /** Most processes alive at once in the tree. */
  maxProcesses: number
  /** Output lines (stdout and stderr), each with the second it arrived at. */
  lines: Array<{ at: number, text: string }>
  logFile: string
}

export const mib = (kb: number): number => Math.round(kb / 1024)

// ---- /proc ------------------------------------------------------------------------------

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined // the process exited meanwhile
  }
}

/** ppid of every process on the machine. */
function parentPids(): Map<number, number> {
  const parents = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = readText(`/proc/${name}/stat`)
    if (!stat) continue
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    parents.set(Number(name), ppid)
  }
  return parents
}

function treeOf(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const [pid, ppid] of parentPids()) {
    const list = children.get(ppid)
    if (list) list.push(pid)
    else children.set(ppid, [pid])
  }
  const tree = [root]
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []))
  return tree
}

function memoryKb(pid: number): { rss: number, hwm: number, comm: string } | undefined {
  const status = readText(`/proc/${pid}/status`)
  if (!status) return undefined
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0)
  return { rss: field('VmRSS'), hwm: field('VmHWM'), comm: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?' }
}

/** "node slidev build welcome.md", "chromium (renderer)"... */
export function describeCommand(argv: string[], strip: string[] = []): string {
  if (argv.length === 0) return '?'
  const program = path.basename(argv[0]!)
  const type = argv.find(a => a.startsWith('--type='))?.slice('--type='.length)
  if (type) return `${program} (${type})`
  const rest = argv.slice(1)
    .filter(a => !a.startsWith('--') || a === '--')
    .map((a) => {
      let s = a
      for (const prefix of strip) if (prefix && s.startsWith(prefix)) s = s.slice(prefix.length).replace(/^\//, '')
      if (s.includes('node_modules/')) s = path.basename(s)
      return s
    })
  const text = [program, ...rest].join(' ')
  return text.length > 70 ? `${text.slice(0, 67)}...` : text
}

function cmdline(pid: number): string[] {
  const argv = (readText(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean)
  // Chromium's child processes rewrite their command line as one space-separated string.
  return argv.length === 1 && argv[0]!.includes(' --') ? argv[0]!.split(' ') : argv
}

function childrenCpuTicks(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // After "state": ppid(1) ... utime(11) stime(12) cutime(13) cstime(14), counting state as 0.
  return Number(fields[13]) + Number(fields[14])
}

function machineBusyTicks(): number {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
  // user nice system idle iowait irq softirq steal guest guest_nice (guest time is inside user)
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu
  return user + nice + system + irq + softirq + steal
}

// ---- running ----------------------------------------------------------------------------

export interface RunOptions {
  label: string
  command: string[]
  cwd: string
  env?: NodeJS.ProcessEnv
  logDir: string
  /** Path prefixes to drop from process labels (the sandbox). */
  strip?: string[]
  /** Kill the process group after this many seconds. */
  timeoutSeconds?: number
  /** Echo the command's output as it comes. */
  echo?: boolean
}

/** Process groups of commands still running, killed when the benchmark is interrupted. */
export const runningGroups = new Set<number>()

export function killRunning(): void {
  for (const pgid of runningGroups) {
    try {
      process.kill(-pgid, 'SIGKILL')
    } catch {}
  }
  runningGroups.clear()
}

export async function measure(options: RunOptions): Promise<Measurement> {
  const logFile = path.join(options.logDir, `${options.label.replace(/[^\w.-]+/g, '_')}.log`)
  const log = openSync(logFile, 'w')
  writeSync(log, `$ ${options.command.join(' ')}\n  (in ${options.cwd})\n`)
  const lines: Measurement['lines'] = []

  spawnSync('sync', { stdio: 'ignore' })
  const cpuBefore = childrenCpuTicks()
  const selfBefore = process.cpuUsage()
  const busyBefore = machineBusyTicks()
  const loadBefore = os.loadavg()[0]!
  const started = performance.now()
  const at = () => (performance.now() - started) / 1000

  const child = spawn(options.command[0]!, options.command.slice(1), {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so a timeout or Ctrl-C can stop the whole tree
  })
  const pid = child.pid!
  runningGroups.add(pid)

  const onOutput = (stream: 'out' | 'err') => {
    let partial = ''
    return (chunk: Buffer) => {
      const parts = (partial + chunk.toString()).split(/\r?\n|\r/)
      partial = parts.pop()!
      for (const text of parts) {
        const line = { at: at(), text: text.replace(/\x1B\[[0-9;?]*[A-Za-z]/g, '') }
        if (!line.text.trim()) continue
        lines.push(line)
        writeSync(log, `[${line.at.toFixed(1).padStart(6)}s ${stream}] ${line.text}\n`)
        if (options.echo) console.log(`    | ${line.text}`)
      }
    }
  }
  child.stdout.on('data', onOutput('out'))
  child.stderr.on('data', onOutput('err'))

  const peaks = new Map<number, ProcessPeak & { comm: string }>()
  let maxTreeKb = 0
  let maxProcesses = 0
  const sample = () => {
    let sum = 0
    let alive = 0
    for (const p of treeOf(pid)) {
      const mem = memoryKb(p)
      if (!mem) continue
      alive++
      sum += mem.rss
      let peak = peaks.get(p)
      if (!peak || peak.comm !== mem.comm) {
        // New process, or it exec'd another program since the last sample.
        peak = { pid: p, comm: mem.comm, label: '', peakKb: 0 }
        peaks.set(p, peak)
      }
      const kb = Math.max(mem.rss, mem.hwm)
      if (kb > peak.peakKb || !peak.label) {
        // Named when its peak is reached, so the name is the program that reached it.
        peak.peakKb = kb
        const label = describeCommand(cmdline(p), options.strip)
        if (label !== '?' || !peak.label) peak.label = label // '?': it is exiting; keep the name it had
      }
    }
    maxTreeKb = Math.max(maxTreeKb, sum)
    maxProcesses = Math.max(maxProcesses, alive)
  }
  sample()
  const sampler = setInterval(sample, SAMPLE_MS)

  let timedOut = false
  const timer = options.timeoutSeconds
    ? setTimeout(() => {
      timedOut = true
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {}
    }, options.timeoutSeconds * 1000)
    : undefined

  const { code, signal } = await new Promise<{ code: number | null, signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal }))
  })
  const seconds = at()
  clearInterval(sampler)
  if (timer) clearTimeout(timer)
  runningGroups.delete(pid)
  // Anything the command left running in its group (it should not) is stopped here.
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {}

  const cpuTicks = childrenCpuTicks() - cpuBefore
  const self = process.cpuUsage(selfBefore)
  const selfTicks = ((self.user + self.system) / 1e6) * CLK_TCK
  const otherTicks = Math.max(0, machineBusyTicks() - busyBefore - cpuTicks - selfTicks)
  writeSync(log, `\nexit ${code ?? signal}${timedOut ? ' (timed out)' : ''} after ${seconds.toFixed(1)}s\n`)
  closeSync(log)

  const processes = [...peaks.values()]
    .map(({ pid, label, peakKb }) => ({ pid, label, peakKb }))
    .sort((a, b) => b.peakKb - a.peakKb)
  return {
    label: options.label,
    command: options.command,
    code,
    signal,
    timedOut,
    seconds,
    cpuSeconds: cpuTicks / CLK_TCK,
    otherCores: otherTicks / CLK_TCK / Math.max(seconds, 0.001),
    loadBefore,
    loadAfter: os.loadavg()[0]!,
    maxProcess: processes[0],
    processes,
    maxTreeKb,
    maxProcesses,
    lines,
    logFile,
  }
}

/** The last lines of a failed command's output, for the error message. */
export function tail(m: Measurement, n = 25): string {
  return m.lines.slice(-n).map(l => `      ${l.text}`).join('\n')
}

export function ok(m: Measurement): boolean {
  return m.code === 0 && !m.timedOut
}
