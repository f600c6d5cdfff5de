'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import {
  checkRecording,
  describeRecordingError,
  formatTimer,
  RECORDING_MAX_SECONDS,
  RECORDING_TYPES,
  type RecordingKind,
} from '@/lib/media/recording';
import { type ConnectionInfo, decideUpload } from '@/lib/media/upload-when';
import { forgetPendingRecording, keepPendingRecording, readPendingRecording } from './pending-recording';
import { uploadMedia } from './upload-media';

type Recorded = { blob: Blob; url: string; kind: RecordingKind; durationMs: number };

type State =
  | { step: 'idle' }
  | { step: 'starting'; kind: RecordingKind }
  | { step: 'recording'; kind: RecordingKind; startedAt: number }
  | { step: 'recorded'; recording: Recorded; isRestored: boolean }
  | { step: 'waiting'; recording: Recorded; waitFor: 'signal' | 'wifi'; isTypeKnown: boolean }
  | { step: 'uploading'; recording: Recorded; progress: number }
  | { step: 'failed'; recording: Recorded; message: string; canRetry: boolean }
  | { step: 'saved'; mediaId: string; kind: RecordingKind; url: string };

const KIND_WORDS: Record<RecordingKind, { noun: string; record: string }> = {
  audio: { noun: 'voice recording', record: 'Record your voice' },
  video: { noun: 'video', record: 'Record a video' },
};

/** `navigator.connection` where the browser has it (Chrome on Android); its `type` says Wi-Fi or mobile. */
type NetworkInformationLike = EventTarget & { type?: string };
const networkInformation = (): NetworkInformationLike | undefined => (navigator as Navigator & { connection?: NetworkInformationLike }).connection;

function currentConnection(): ConnectionInfo {
  return { isOnline: navigator.onLine, type: networkInformation()?.type };
}

/** "Save my data" for this page, as the root layout worked it out (the setting, else the browser's Save-Data). */
const isSavingDataHere = () => document.documentElement.dataset.saveData === 'on';

function pickType(kind: RecordingKind): string | undefined {
  return RECORDING_TYPES[kind].find((type) => MediaRecorder.isTypeSupported(type));
}

/**
 * Records a voice note or a short video in the browser: a visible timer, play back, record again, keep or
 * delete. Keeping it uploads it (with progress) and puts the new media id in a hidden field named `name`,
 * so the surrounding form saves it. A recording is held in IndexedDB until the server has it, so a failed
 * upload can be retried, even after closing the page. Without JavaScript this renders nothing and the
 * form's own file inputs are the way in.
 */
export function MediaRecorderField({
  name,
  slot,
  uploadUrl = '/api/media',
  initialMedia,
  onMediaChange,
}: {
  name: string;
  /** Which form this is, for keeping an unsent recording ("new-item", "item-<id>"). */
  slot: string;
  uploadUrl?: string;
  initialMedia?: { id: string; kind: RecordingKind } | null;
  /** Called after the hidden field's value changes (a recording kept, or let go), e.g. to autosave the form. */
  onMediaChange?: () => void;
}) {
  const [isSupported, setIsSupported] = useState<boolean | null>(null);
  const [state, setState] = useState<State>(() =>
    initialMedia ? { step: 'saved', mediaId: initialMedia.id, kind: initialMedia.kind, url: `/api/media/${initialMedia.id}` } : { step: 'idle' },
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const recorderRef = useRef<MediaRecorder | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const previewRef = useRef<HTMLVideoElement | null>(null);

  const initialMediaId = initialMedia?.id ?? null;
  // Feature check and any unsent recording from last time, once, after hydration.
  useEffect(() => {
    let isCancelled = false;
    const canRecord = typeof MediaRecorder !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);
    void readPendingRecording(slot).then((pending) => {
      if (isCancelled) return;
      setIsSupported(canRecord);
      if (pending && !initialMediaId) {
        const recording = { blob: pending.blob, url: URL.createObjectURL(pending.blob), kind: pending.kind, durationMs: pending.durationMs };
        setState({ step: 'recorded', recording, isRestored: true });
      }
    });
    return () => {
      isCancelled = true;
    };
  }, [slot, initialMediaId]);

  // The timer, and stopping at the time limit.
  useEffect(() => {
    if (state.step !== 'recording') return;
    const timer = window.setInterval(() => {
      const seconds = (Date.now() - state.startedAt) / 1000;
      setElapsed(seconds);
      if (seconds >= RECORDING_MAX_SECONDS[state.kind]) recorderRef.current?.stop();
    }, 250);
    return () => window.clearInterval(timer);
  }, [state]);

  // Warn before leaving with a recording the server does not have yet.
  useEffect(() => {
    if (state.step === 'idle' || state.step === 'starting' || state.step === 'saved') return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state.step]);

  // Release the camera and microphone when leaving the page.
  useEffect(() => () => streamRef.current?.getTracks().forEach((track) => track.stop()), []);

  // Tell the form when the kept recording changes (after React has put the new id in the hidden field).
  const keptMediaId = state.step === 'saved' ? state.mediaId : '';
  const lastKept = useRef(keptMediaId);
  useEffect(() => {
    if (lastKept.current === keptMediaId) return;
    lastKept.current = keptMediaId;
    onMediaChange?.();
  }, [keptMediaId, onMediaChange]);

  function stopStream() {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
  }

  async function start(kind: RecordingKind) {
    setProblem(null);
    setState({ step: 'starting', kind });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia(kind === 'audio' ? { audio: true } : { audio: true, video: { facingMode: 'user' } });
    } catch (error) {
      setProblem(describeRecordingError(error instanceof Error ? error.name : '', kind));
      setState({ step: 'idle' });
      return;
    }
    streamRef.current = stream;
    const mimeType = pickType(kind);
    const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    const chunks: Blob[] = [];
    const startedAt = Date.now();
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onstop = () => {
      stopStream();
      const blob = new Blob(chunks, { type: recorder.mimeType || mimeType || `${kind}/webm` });
      const message = checkRecording(kind, blob.size);
      if (message) {
        setProblem(message);
        setState({ step: 'idle' });
        return;
      }
      const recording = { blob, url: URL.createObjectURL(blob), kind, durationMs: Date.now() - startedAt };
      void keepPendingRecording(slot, { blob, kind, durationMs: recording.durationMs, savedAt: Date.now() });
      setState({ step: 'recorded', recording, isRestored: false });
    };
    recorderRef.current = recorder;
    recorder.start(1000);
    setElapsed(0);
    setState({ step: 'recording', kind, startedAt });
    if (kind === 'video' && previewRef.current) {
      previewRef.current.srcObject = stream;
      void previewRef.current.play().catch(() => undefined);
    }
  }

  function stop() {
    recorderRef.current?.stop();
  }

  async function discard(recording: Recorded) {
    URL.revokeObjectURL(recording.url);
    await forgetPendingRecording(slot);
    setProblem(null);
    setState({ step: 'idle' });
  }

  /** Sends it now, or waits for a signal, or (with "Save my data" on) for Wi-Fi; it stays on the phone meanwhile. */
  async function keep(recording: Recorded, isSendAnyway = false) {
    setProblem(null);
    const decision = decideUpload({ connection: currentConnection(), isSavingData: isSavingDataHere(), isSendAnyway });
    if (!decision.send) {
      setState({ step: 'waiting', recording, waitFor: decision.waitFor, isTypeKnown: decision.waitFor === 'wifi' && decision.isTypeKnown });
      return;
    }
    await upload(recording);
  }

  async function upload(recording: Recorded) {
    setProblem(null);
    setState({ step: 'uploading', recording, progress: 0 });
    const result = await uploadMedia({
      url: uploadUrl,
      blob: recording.blob,
      kind: recording.kind,
      durationMs: recording.durationMs,
      onProgress: (progress) => setState((current) => (current.step === 'uploading' ? { ...current, progress } : current)),
    });
    if (!result.ok) {
      setState({ step: 'failed', recording, message: result.message, canRetry: result.canRetry });
      return;
    }
    await forgetPendingRecording(slot);
    setState({ step: 'saved', mediaId: result.id, kind: recording.kind, url: recording.url });
  }

  // A recording waiting for a signal or for Wi-Fi goes as soon as the connection allows (decision 028).
  useEffect(() => {
    if (state.step !== 'waiting') return;
    const { recording } = state;
    const check = () => {
      if (decideUpload({ connection: currentConnection(), isSavingData: isSavingDataHere() }).send) void upload(recording);
    };
    const connection = networkInformation();
    window.addEventListener('online', check);
    connection?.addEventListener('change', check);
    return () => {
      window.removeEventListener('online', check);
      connection?.removeEventListener('change', check);
    };
    // upload only changes with the slot and upload URL, which the state change already follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  if (isSupported === false && state.step === 'idle') {
    return <p className="mt-2">This browser cannot record here. Upload a file instead.</p>;
  }
  if (isSupported === null && state.step === 'idle') return null;

  const mediaId = state.step === 'saved' ? state.mediaId : '';
  const recordingKind = state.step === 'recording' || state.step === 'starting' ? state.kind : null;

  return (
    <div className="flex flex-col gap-4">
      <input type="hidden" name={name} value={mediaId} />
      {problem ? (
        <p role="alert" className="border-l-4 border-error pl-3 font-bold text-error">
          {problem}
        </p>
      ) : null}

      {state.step === 'idle' ? (
        <div className="flex flex-wrap gap-4">
          <Button variant="secondary" onPress={() => void start('audio')}>
            {KIND_WORDS.audio.record}
          </Button>
          <Button variant="secondary" onPress={() => void start('video')}>
            {KIND_WORDS.video.record}
          </Button>
        </div>
      ) : null}

      {/* Kept mounted while recording a video so the live picture can attach to it. */}
      <video
        ref={previewRef}
        muted
        playsInline
        aria-label="What your camera sees"
        className={recordingKind === 'video' ? 'h-auto max-h-72 w-full max-w-md bg-ink' : 'hidden'}
      />

      {state.step === 'starting' ? <p role="status">Getting the {state.kind === 'audio' ? 'microphone' : 'camera'} ready…</p> : null}

      {state.step === 'recording' ? (
        <div className="flex flex-wrap items-center gap-4">
          <p className="flex items-center gap-2 text-xl font-bold" role="status">
            <span aria-hidden="true" className="inline-block size-4 rounded-full bg-error" />
            Recording <span role="timer" aria-label="Time recorded">{formatTimer(elapsed)}</span>
            <span className="font-normal"> of {formatTimer(RECORDING_MAX_SECONDS[state.kind])}</span>
          </p>
          <Button onPress={stop}>Stop recording</Button>
        </div>
      ) : null}

      {state.step === 'recorded' || state.step === 'uploading' || state.step === 'failed' || state.step === 'waiting' ? (
        <div className="flex flex-col gap-3 border-2 border-line bg-paper p-4">
          <p className="font-bold">
            {state.step === 'recorded' && state.isRestored
              ? `You have a ${KIND_WORDS[state.recording.kind].noun} that was not sent yet.`
              : state.step === 'waiting'
                ? `Your ${KIND_WORDS[state.recording.kind].noun} (${formatTimer(state.recording.durationMs / 1000)}).`
                : `Your ${KIND_WORDS[state.recording.kind].noun} (${formatTimer(state.recording.durationMs / 1000)}). Listen back, then keep it or record again.`}
          </p>
          {state.recording.kind === 'audio' ? (
            <audio controls src={state.recording.url} aria-label="Your voice recording" className="w-full max-w-md" />
          ) : (
            <video controls playsInline src={state.recording.url} aria-label="Your video" className="h-auto max-h-72 w-full max-w-md bg-ink" />
          )}
          {state.step === 'uploading' ? (
            <div role="status">
              <label htmlFor={`${slot}-progress`} className="block font-bold">
                Sending your {KIND_WORDS[state.recording.kind].noun}: {Math.round(state.progress * 100)}%
              </label>
              <progress id={`${slot}-progress`} max={1} value={state.progress} className="mt-1 h-4 w-full max-w-md" />
            </div>
          ) : null}
          {state.step === 'failed' ? (
            <p role="alert" className="border-l-4 border-error pl-3 font-bold text-error">
              {state.message} {state.canRetry ? 'Your recording is still here.' : ''}
            </p>
          ) : null}
          {state.step === 'waiting' ? (
            <div role="status" className="border-l-4 border-ink pl-3">
              {state.waitFor === 'signal' ? (
                <p className="font-bold">No signal. It is saved on this phone. We will send it when you are online.</p>
              ) : (
                <>
                  <p className="font-bold">Waiting for Wi-Fi</p>
                  <p>
                    {state.isTypeKnown
                      ? 'Save my data is on, so we will send it when you are on Wi-Fi. It is saved on this phone.'
                      : 'Save my data is on. This browser does not tell us if you are on Wi-Fi, so it waits for you. It is saved on this phone.'}
                  </p>
                </>
              )}
            </div>
          ) : null}
          {state.step !== 'uploading' ? (
            <div className="flex flex-wrap gap-4">
              {state.step === 'waiting' && state.waitFor === 'wifi' ? (
                <Button onPress={() => void keep(state.recording, true)}>Send now anyway</Button>
              ) : null}
              {state.step === 'recorded' || (state.step === 'failed' && state.canRetry) ? (
                <Button onPress={() => void keep(state.recording)}>{state.step === 'failed' ? 'Try sending again' : 'Keep it'}</Button>
              ) : null}
              <Button variant="secondary" onPress={() => void discard(state.recording).then(() => start(state.recording.kind))}>
                Record again
              </Button>
              <Button variant="warning" onPress={() => void discard(state.recording)}>
                Delete it
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}

      {state.step === 'saved' ? (
        <div className="flex flex-col gap-3 border-l-8 border-success bg-paper p-4">
          <p className="font-bold" role="status">
            Your {KIND_WORDS[state.kind].noun} is kept. Press Save at the bottom to add it.
          </p>
          {state.kind === 'audio' ? (
            <audio controls src={state.url} aria-label="Your voice recording" className="w-full max-w-md" />
          ) : (
            <video controls playsInline src={state.url} aria-label="Your video" className="h-auto max-h-72 w-full max-w-md bg-ink" />
          )}
          <div>
            <Button variant="secondary" onPress={() => setState({ step: 'idle' })}>
              Record a different one
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
