// What every page of a schedule must be, whatever the event: its blocks inside its window and
// rooms, within the stage's column budget, and each session on exactly one page.
import { expect } from 'vitest'
import { maxColumns, type SchedulePage, sessionsOnPages, STAGE_SCHEDULE_LAYOUT } from '../../data/index.ts'

/** Every session block of a page lies inside the page's window and rooms. */
export function expectWellFormed(page: SchedulePage): void {
  const rooms = new Set(page.rooms.map(room => room.id))
  for (const block of page.blocks) {
    expect(rooms.has(block.slot.session.roomId)).toBe(true)
    expect(page.from <= block.slot.session.start && block.slot.session.end <= page.to, block.slot.session.id).toBe(true)
  }
  expect(page.rooms.length).toBeLessThanOrEqual(maxColumns())
  expect(page.columnWidth).toBeGreaterThanOrEqual(STAGE_SCHEDULE_LAYOUT.minColumnWidth)
}

export function expectEverySessionOnce(pages: readonly SchedulePage[], sessions: readonly { id: string }[]): void {
  const seen = sessionsOnPages(pages).map(session => session.id)
  expect([...seen].sort()).toEqual(sessions.map(session => session.id).sort())
  expect(new Set(seen).size).toBe(seen.length)
}
