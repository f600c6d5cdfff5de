import { inflateSync } from 'node:zlib';

/**
 * The words in a PDF made by renderCvPdf, for tests: inflates each content stream and reads the text
 * pdfkit writes for its standard fonts (hex strings in TJ arrays). Not a general PDF reader.
 */
export function extractPdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const lines: string[] = [];
  const streamPattern = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (const match of raw.matchAll(streamPattern)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      content = match[1]!;
    }
    for (const text of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexes = text[1] !== undefined ? [...text[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => hex[1]!) : [text[2]!];
      lines.push(hexes.map((hex) => Buffer.from(hex, 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join('\n');
}
