// Common English words left out of the summary and body indexes: they match almost every entry,
// so they rank nothing and their posting lists are the largest part of the shipped index.
export const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from has have how if in into is it its ' +
    'may might more most no not of on one or other over per same should so some such than that the their them ' +
    'then there these they this those through to two under up via was we were what when where which while who ' +
    'will with without would you your'
  ).split(' '),
);
