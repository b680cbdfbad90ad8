// One byte-exact JSON text per value, so a hash computed in the browser, on the server and after a
// round trip through PostgreSQL jsonb (which reorders keys) is the same: keys sorted by UTF-16
// code unit, no whitespace, strings escaped as JSON.stringify escapes them. Object properties whose
// value is undefined are left out, as JSON.stringify leaves them out; anything JSON cannot carry
// faithfully (NaN, Infinity, bigint, Date, Map, a function) is an error, not a silent change.
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      if (Array.isArray(value)) {
        return `[${value.map((item: unknown) => {
          if (item === undefined) throw new TypeError('canonicalJson: undefined inside an array has no JSON form');
          return canonicalJson(item);
        }).join(',')}]`;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
        throw new TypeError(`canonicalJson: only plain objects, not ${Object.prototype.toString.call(value)}`);
      }
      return `{${Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`)
        .join(',')}}`;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
}
