/**
 * The catalog of the 30 Machine Learning Design Patterns, as Lak Lakshmanan's keynote
 * "Machine Learning Design Patterns: between Beam and a hard place" lists them
 * (slide "Formalized best practices to solve common problems").
 * Slide content for that deck and its PatternCatalog component; not event data.
 */

export interface MlDesignPattern {
  /** 1..30, the pattern's number in the catalog. */
  readonly number: number
  readonly name: string
}

export interface MlPatternGroup {
  readonly id: string
  /** The group's chapter title, as the seed writes it. */
  readonly title: string
  readonly patterns: readonly MlDesignPattern[]
}

/** One entry of the catalog's table of contents: a plain chapter, or a chapter that is a group of patterns. */
export type MlCatalogEntry =
  | { readonly kind: 'chapter', readonly title: string }
  | { readonly kind: 'group', readonly group: MlPatternGroup }

const group = (id: string, title: string, patterns: ReadonlyArray<readonly [number, string]>): MlPatternGroup => ({
  id,
  title,
  patterns: patterns.map(([number, name]) => ({ number, name })),
})

/** The six groups of patterns, in catalog order. */
export const mlPatternGroups: readonly MlPatternGroup[] = [
  group('data-representation', 'Data representation design patterns', [
    [1, 'Hashed Feature'],
    [2, 'Embedding'],
    [3, 'Feature Cross'],
    [4, 'Multimodal Input'],
  ]),
  group('problem-representation', 'Problem representation design patterns', [
    [5, 'Reframing'],
    [6, 'Multilabel'],
    [7, 'Ensemble'],
    [8, 'Cascade'],
    [9, 'Neutral Class'],
    [10, 'Rebalancing'],
  ]),
  group('model-training', 'Patterns that modify model training', [
    [11, 'Useful overfitting'],
    [12, 'Checkpoints'],
    [13, 'Transfer Learning'],
    [14, 'Distribution Strategy'],
    [15, 'Hyperparameter Tuning'],
  ]),
  group('resilience', 'Resilience patterns', [
    [16, 'Stateless Serving Function'],
    [17, 'Batch Serving'],
    [18, 'Continuous Model Evaluation'],
    [19, 'Two Phase Predictions'],
    [20, 'Keyed Predictions'],
  ]),
  group('reproducibility', 'Reproducibility patterns', [
    [21, 'Transform'],
    [22, 'Repeatable Sampling'],
    [23, 'Bridged Schema'],
    [24, 'Windowed Inference'],
    [25, 'Workflow Pipeline'],
    [26, 'Feature Store'],
    [27, 'Model Versioning'],
  ]),
  group('responsible-ai', 'Responsible AI', [
    [28, 'Heuristic benchmark'],
    [29, 'Explainable Predictions'],
    [30, 'Fairness Lens'],
  ]),
]

/** The whole table of contents in order: Preface, The Need for ML Design Patterns, the six groups, Summary. */
export const mlCatalogContents: readonly MlCatalogEntry[] = [
  { kind: 'chapter', title: 'Preface' },
  { kind: 'chapter', title: 'The Need for ML Design Patterns' },
  ...mlPatternGroups.map(item => ({ kind: 'group' as const, group: item })),
  { kind: 'chapter', title: 'Summary' },
]

/** All 30 patterns, in number order. */
export const mlPatterns: readonly MlDesignPattern[] = mlPatternGroups.flatMap(item => item.patterns)

export function mlPatternByNumber(number: number): MlDesignPattern {
  const found = mlPatterns.find(pattern => pattern.number === number)
  if (!found) throw new RangeError(`No ML design pattern #${number}; patterns are numbered 1..${mlPatterns.length}`)
  return found
}

/** The group a pattern belongs to. */
export function mlPatternGroupOf(number: number): MlPatternGroup {
  const found = mlPatternGroups.find(item => item.patterns.some(pattern => pattern.number === number))
  if (!found) throw new RangeError(`No ML design pattern #${number}; patterns are numbered 1..${mlPatterns.length}`)
  return found
}

/**
 * The patterns the keynote names as ones Beam supports well: #21 Transform (tf.transform),
 * #17 Batch Serving, #24 Windowed Inference and #26 Feature Store.
 */
export const beamSupportedPatterns: readonly number[] = [17, 21, 24, 26]

