// Small text formats the hub page and its build share.

/** "July 18–20, 2022"; across months "June 30 – July 2, 2022"; across years both years. */
export function dateRangeLabel(startDate: string, endDate: string): string {
  const format = (date: string, options: Intl.DateTimeFormatOptions) =>
    new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { ...options, timeZone: 'UTC' })
  const year = (date: string) => date.slice(0, 4)
  if (startDate === endDate) return format(startDate, { month: 'long', day: 'numeric', year: 'numeric' })
  if (startDate.slice(0, 7) === endDate.slice(0, 7)) {
    return `${format(startDate, { month: 'long', day: 'numeric' })}–${format(endDate, { day: 'numeric' })}, ${year(startDate)}`
  }
  if (year(startDate) === year(endDate)) {
    return `${format(startDate, { month: 'long', day: 'numeric' })} – ${format(endDate, { month: 'long', day: 'numeric' })}, ${year(startDate)}`
  }
  return `${format(startDate, { month: 'long', day: 'numeric', year: 'numeric' })} – ${format(endDate, { month: 'long', day: 'numeric', year: 'numeric' })}`
}
