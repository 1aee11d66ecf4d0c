import { describe, expect, it } from 'vitest'
import { beamSupportedPatterns, mlCatalogContents, mlPatternByNumber, mlPatternGroupOf, mlPatternGroups, mlPatterns } from '../../../slides/ml-design-patterns/ml-patterns.ts'

describe('ML design patterns catalog', () => {
  it('has 30 patterns numbered 1..30, unique and in order', () => {
    expect(mlPatterns).toHaveLength(30)
    expect(mlPatterns.map(pattern => pattern.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
    expect(new Set(mlPatterns.map(pattern => pattern.name)).size).toBe(30)
  })

  it('keeps each group in ascending, contiguous order', () => {
    let expected = 1
    for (const group of mlPatternGroups) {
      expect(group.patterns.length).toBeGreaterThan(0)
      for (const pattern of group.patterns) expect(pattern.number).toBe(expected++)
    }
  })

  it('lists the six groups between the opening chapters and the summary, as the seed does', () => {
    expect(mlCatalogContents.map(entry => (entry.kind === 'chapter' ? entry.title : entry.group.title))).toEqual([
      'Preface',
      'The Need for ML Design Patterns',
      'Data representation design patterns',
      'Problem representation design patterns',
      'Patterns that modify model training',
      'Resilience patterns',
      'Reproducibility patterns',
      'Responsible AI',
      'Summary',
    ])
    expect(mlPatternGroups.map(group => group.patterns.length)).toEqual([4, 6, 5, 5, 7, 3])
  })

  it('has no blank names and unique group ids', () => {
    for (const pattern of mlPatterns) expect(pattern.name.trim()).toBe(pattern.name)
    expect(new Set(mlPatternGroups.map(group => group.id)).size).toBe(mlPatternGroups.length)
  })

  it('looks patterns up by number', () => {
    expect(mlPatternByNumber(21).name).toBe('Transform')
    expect(mlPatternGroupOf(24).title).toBe('Reproducibility patterns')
    expect(() => mlPatternByNumber(31)).toThrow(/#31/)
    expect(() => mlPatternGroupOf(0)).toThrow(RangeError)
  })

  it('names the patterns the keynote says Beam supports well', () => {
    expect(beamSupportedPatterns.map(n => mlPatternByNumber(n).name)).toEqual(['Batch Serving', 'Transform', 'Windowed Inference', 'Feature Store'])
  })
})
