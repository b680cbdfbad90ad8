// A zip file stamps each entry with the time it was written (fflate, inside docx, uses the current
// local time), so the same document would differ byte for byte from one run to the next. This sets
// every entry's DOS date and time, in the local headers and the central directory, to one given
// instant (UTC). The CRCs cover file data only, so the archive stays valid.

function dosDateTime(iso: string): { date: number; time: number } {
  const at = new Date(Date.parse(iso));
  const year = Math.min(2107, Math.max(1980, at.getUTCFullYear()));
  return {
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
  };
}

export function setZipTimestamps(zip: Uint8Array, iso: string): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { date, time } = dosDateTime(iso);
  let end = out.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let entry = 0; entry < count; entry += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`not a zip file: bad central directory entry ${entry}`);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`not a zip file: bad local header for entry ${entry}`);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
