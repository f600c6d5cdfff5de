// Makes the committed app icons from the SVGs in public/icons. Run by hand after changing an SVG:
//   node scripts/generate-icons.mjs
// It uses sharp, which Next installs as an optional dependency; nothing at run time needs it.
import { readFile, writeFile } from 'node:fs/promises';
import sharp from 'sharp';

const iconsDir = 'public/icons';
const source = await readFile(`${iconsDir}/icon.svg`, 'utf8');

// Maskable and Apple icons fill the whole square (the platform cuts its own shape), so the rounded
// background becomes a full square and the drawing shrinks into the safe zone: a circle of 40% radius.
function fullBleed(scale) {
  return source
    .replace(/<rect [^>]*\/>/, '<rect width="512" height="512" fill="#1d4fa0"/>')
    .replace(/(<svg[^>]*>)([\s\S]*)(<\/svg>)/, (_, open, body, close) => {
      const drawing = body.replace(/<rect [^>]*\/>/, '');
      const offset = (512 * (1 - scale)) / 2;
      return `${open}<rect width="512" height="512" fill="#1d4fa0"/><g transform="translate(${offset} ${offset}) scale(${scale})">${drawing}</g>${close}`;
    });
}

// Flat colours compress best as palette PNGs.
const toPng = (svg, size) =>
  sharp(Buffer.from(svg))
    .resize(size, size)
    .png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 })
    .toBuffer();

const outputs = [
  [`${iconsDir}/icon-192.png`, source, 192],
  [`${iconsDir}/icon-512.png`, source, 512],
  [`${iconsDir}/maskable-192.png`, fullBleed(0.78), 192],
  [`${iconsDir}/maskable-512.png`, fullBleed(0.78), 512],
  ['app/apple-icon.png', fullBleed(0.86), 180],
];
for (const name of ['courses', 'vacancies', 'cv', 'applications']) {
  const svg = await readFile(`${iconsDir}/shortcut-${name}.svg`, 'utf8');
  outputs.push([`${iconsDir}/shortcut-${name}-96.png`, svg, 96]);
}

for (const [file, svg, size] of outputs) {
  const png = await toPng(svg, size);
  await writeFile(file, png);
  console.log(`${file} ${png.length} bytes`);
}

// favicon.ico for browsers and tools that ask for /favicon.ico: an ICO file holding 16px and 32px PNGs.
const favicons = await Promise.all([16, 32].map((size) => toPng(source, size)));
const header = Buffer.alloc(6 + 16 * favicons.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(favicons.length, 4);
let offset = header.length;
favicons.forEach((png, index) => {
  const size = [16, 32][index];
  const entry = 6 + 16 * index;
  header.writeUInt8(size, entry);
  header.writeUInt8(size, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(png.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += png.length;
});
const ico = Buffer.concat([header, ...favicons]);
await writeFile('app/favicon.ico', ico);
console.log(`app/favicon.ico ${ico.length} bytes`);

await writeFile('app/icon.svg', source);
