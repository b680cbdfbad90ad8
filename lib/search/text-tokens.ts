// Splits text into lowercase words without accents: the one tokenizer the index and queries share.
// Anything that is not a Latin letter or a digit separates words, so markup, regex syntax and
// SQL in a query are only separators.
export function textTokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}
