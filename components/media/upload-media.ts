/** What the upload route answers. */
export type UploadResult = { ok: true; id: string } | { ok: false; message: string; canRetry: boolean };

/**
 * Sends one file to the upload route with progress (fetch cannot report upload progress; XHR can).
 * Network failures and server errors can be retried; a refused file (wrong type, too big) cannot.
 */
export function uploadMedia({
  url,
  blob,
  kind,
  durationMs,
  onProgress,
}: {
  url: string;
  blob: Blob;
  kind: 'photo' | 'audio' | 'video';
  durationMs?: number;
  onProgress: (fraction: number) => void;
}): Promise<UploadResult> {
  return new Promise((resolve) => {
    const form = new FormData();
    form.append('kind', kind);
    if (durationMs) form.append('durationMs', String(Math.round(durationMs)));
    form.append('file', blob, `${kind}.${blob.type.includes('mp4') ? 'mp4' : 'webm'}`);
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = (request.response ?? {}) as { id?: string; message?: string };
      if (request.status === 201 && body.id) {
        onProgress(1);
        resolve({ ok: true, id: body.id });
        return;
      }
      const canRetry = request.status >= 500 || request.status === 429 || request.status === 401 || request.status === 0;
      resolve({ ok: false, message: body.message ?? 'The recording did not send. Try again.', canRetry });
    };
    const networkFailure = () =>
      resolve({ ok: false, message: 'The recording did not send. Check your internet connection and try again.', canRetry: true });
    request.onerror = networkFailure;
    request.ontimeout = networkFailure;
    request.onabort = networkFailure;
    request.send(form);
  });
}
