// The bytes of data (the WASM data section: string literals, tables) in the main module
// of a split build and in its chunks together, as `main chunks`. wasm-split places each
// lazy page's data in the chunks that use it; when it cannot (its "Overlong segment"
// fallback, see SPLIT_SLACK in src/lib.rs) every chunk's data lands in the main module.
// Read by scripts/bundle-size.sh --check.
import fs from 'node:fs';
import path from 'node:path';

function dataBytes(file) {
  const b = fs.readFileSync(file);
  const leb = (i) => {
    let value = 0, shift = 0, byte;
    do { byte = b[i++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return [value, i];
  };
  let total = 0;
  for (let i = 8; i < b.length;) {
    const id = b[i];
    const [size, start] = leb(i + 1);
    if (id === 11) total += size;
    i = start + size;
  }
  return total;
}

const dir = process.argv[2];
let main = 0, chunks = 0;
for (const name of fs.readdirSync(dir)) {
  if (!name.endsWith('.wasm')) continue;
  const bytes = dataBytes(path.join(dir, name));
  if (name === 'med-practice.wasm') main = bytes; else chunks += bytes;
}
console.log(`${main} ${chunks}`);
