import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXPLAINERS } from './explainers';
import { EXPLAINER_RECORDINGS, explainerRecordingSources } from './recordings';
import { explainerScript } from './script';

const PUBLIC = join(import.meta.dirname, '..', '..', 'public');

describe('easy read recordings', () => {
  for (const explainer of EXPLAINERS) {
    it(`${explainer.slug} has a recording whose sentences line up with the page`, () => {
      const recording = EXPLAINER_RECORDINGS[explainer.slug];
      assert.ok(recording, 'no recording: run scripts/make-easy-read-audio.ts');
      // If this fails, the page's words changed since it was recorded: run scripts/make-easy-read-audio.ts.
      assert.equal(recording.starts.length, explainerScript(explainer).length);
      assert.equal(recording.starts[0], 0);
      for (let index = 1; index < recording.starts.length; index += 1) {
        assert.ok(recording.starts[index]! > recording.starts[index - 1]!, `sentence ${index} starts after the one before`);
      }
      for (const source of explainerRecordingSources(explainer.slug)) assert.ok(existsSync(join(PUBLIC, source.src)), source.src);
    });
  }

  it('reads the page in order, a sentence at a time', () => {
    const script = explainerScript(EXPLAINERS[0]!);
    assert.equal(script[0], 'Easy read');
    assert.equal(script[1], EXPLAINERS[0]!.title);
    assert.equal(script[2], EXPLAINERS[0]!.steps[0]!.heading);
    assert.equal(script.at(-1), 'More easy read pages');
  });
});
