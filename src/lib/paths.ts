/** Where the pipeline reads its sources and writes what it generates, relative to the project root. */
export const PATHS = {
  speechSources: 'content/speeches',
  glossarySources: 'content/glossary',
  siteSettings: 'content/site.yaml',
  generatedSpeeches: '.generated/speeches',
  generatedTermUses: '.generated/term-uses.json',
  generatedCoverage: '.generated/coverage.json',
  generatedFormulas: '.generated/formulas.json',
  conversionCache: '.cache/convert',
  renderedSpeeches: '.cache/speech-html',
} as const;
