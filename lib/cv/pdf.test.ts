import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cvPdfFileName, renderCvPdf, toStandardFontText } from './pdf';
import { extractPdfText } from './pdf-text';

describe('CV PDF', () => {
  it('is a PDF with the name, each part and item, skills and transcripts', async () => {
    const pdf = await renderCvPdf({
      name: 'Jade Ahmed',
      items: [
        { section: 'things_i_have_done', title: 'Fixed my bike', body: 'The chain kept coming off.', happenedOn: '2026-05-01', place: 'Halifax', grade: '', skillSlugs: ['using-tools'], media: null },
        { section: 'about_me', title: 'Hello', body: '', happenedOn: null, place: '', grade: '', skillSlugs: [], media: { id: 'a', kind: 'audio', transcript: 'I like cars.', transcriptWriter: 'Sam Okafor' } },
      ],
      skillNames: new Map([['using-tools', 'Using tools']]),
      photos: new Map(),
    });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = extractPdfText(pdf);
    for (const words of ['Jade Ahmed', 'About me', "Things I've done", 'Fixed my bike', 'Using tools', 'I like cars.', 'Sam Okafor']) {
      assert.ok(text.includes(words), `missing ${words} in ${text}`);
    }
    assert.ok(text.indexOf('About me') < text.indexOf("Things I've done"), 'parts in CV order');
  });

  it('turns letters the standard fonts cannot show into question marks', () => {
    assert.equal(toStandardFontText('Café – “ok” 🚲'), 'Café – “ok” ?');
  });

  it('names the file after the person, safely', () => {
    assert.equal(cvPdfFileName('Jade Ahmed'), 'jade-ahmed-cv.pdf');
    assert.equal(cvPdfFileName('Zoë "O\'Neil"\r\n'), 'zoe-o-neil-cv.pdf');
    assert.equal(cvPdfFileName(null), 'cv.pdf');
  });
});
