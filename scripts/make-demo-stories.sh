#!/usr/bin/env bash
# Remakes the demo stories' recordings in db/seed/media from their .txt transcripts with a computer voice.
# Needs espeak-ng, ffmpeg and python3 (Debian: apt-get install espeak-ng ffmpeg). Not run by the app or the
# tests: the recordings are committed. The video's captions are timed sentence by sentence from the audio.
set -euo pipefail
cd "$(dirname "$0")/../db/seed/media"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

speak_to_ogg() { # voice, transcript file, output
  espeak-ng -v "$1" -s 150 -f "$2" -w "$work/out.wav"
  ffmpeg -v error -y -i "$work/out.wav" -ac 1 -c:a libopus -b:a 20k "$3"
}
speak_to_ogg en-gb+f3 story-motor-vehicle.txt story-motor-vehicle.ogg
speak_to_ogg en-gb+m1 story-mechanic.txt story-mechanic.ogg

# The video: one sentence at a time, so each caption starts and ends with its words.
python3 - "$work" <<'PY'
import re, subprocess, sys
work = sys.argv[1]
sentences = re.split(r'(?<=[.!?])\s+', open('story-college.txt').read().strip())
start, cues, files = 0.0, [], []
for i, sentence in enumerate(sentences):
    wav = f'{work}/s{i}.wav'
    subprocess.run(['espeak-ng', '-v', 'en-gb+m3', '-s', '150', sentence, '-w', wav], check=True)
    length = float(subprocess.check_output(['ffprobe', '-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', wav]))
    cues.append((start, start + length, sentence)); start += length; files.append(wav)
open(f'{work}/list.txt', 'w').write(''.join(f"file '{f}'\n" for f in files))
stamp = lambda t: f'{int(t // 60):02d}:{t - int(t // 60) * 60:06.3f}'
open('story-college.vtt', 'w').write('WEBVTT\n\n' + '\n'.join(f'{stamp(a)} --> {stamp(b)}\n{s}\n' for a, b, s in cues))
PY
ffmpeg -v error -y -f concat -safe 0 -i "$work/list.txt" -c copy "$work/college.wav"
node -e "require('sharp')('../../../public/images/providers/college.svg').resize(360,360,{fit:'contain',background:'#e6eefb'}).extend({left:140,right:140,background:'#e6eefb'}).png().toFile('$work/college.png')"
ffmpeg -v error -y -loop 1 -framerate 1 -i "$work/college.png" -i "$work/college.wav" -c:v libvpx-vp9 -b:v 40k -pix_fmt yuv420p -r 1 \
  -c:a libopus -b:a 20k -ac 1 -shortest story-college.webm
echo "Remade the demo stories in $(pwd)"
