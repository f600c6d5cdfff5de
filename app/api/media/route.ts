import { consumeRateLimit } from '@/db/queries/rate-limits';
import { getCurrentUser } from '@/lib/auth/session';
import { isMediaKind, MEDIA_MAX_REQUEST_BYTES, MEDIA_UPLOAD_LIMIT } from '@/lib/media/rules';
import { saveMedia } from '@/lib/media/save';
import { isSameOriginRequest } from '@/lib/media/serve';
import { describeWait } from '@/lib/sign-in/rate-limits';

function reply(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/**
 * Upload one photo, sound recording or video (multipart: kind, file, optional durationMs) for the signed-in
 * young person. Answers with the new media id, or a problem and a message to show. Used by the recorder;
 * plain forms without JavaScript send their file with the form instead (the same saveMedia checks).
 */
export async function POST(request: Request) {
  if (!isSameOriginRequest(request)) return reply(403, { problem: 'forbidden', message: 'Upload from the Next Steps pages.' });
  const user = await getCurrentUser();
  if (!user) return reply(401, { problem: 'signed_out', message: 'Sign in again, then try once more.' });
  if (user.role !== 'young_person') return reply(404, { problem: 'not_found', message: 'Page not found.' });

  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MEDIA_MAX_REQUEST_BYTES) {
    return reply(413, { problem: 'too_big', message: 'That file is too big. Record a shorter one, or choose a smaller file.' });
  }
  const limit = await consumeRateLimit(`media-upload:${user.id}`, MEDIA_UPLOAD_LIMIT);
  if (!limit.isAllowed) {
    return reply(
      429,
      { problem: 'rate_limited', message: `You have added a lot of files. Try again ${describeWait(limit.retryAfterSeconds)}.` },
      { 'Retry-After': String(limit.retryAfterSeconds) },
    );
  }

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return reply(400, { problem: 'bad_request', message: 'The upload did not arrive whole. Try again.' });
  }
  const kind = form.get('kind');
  const file = form.get('file');
  if (!isMediaKind(kind) || !(file instanceof File)) {
    return reply(400, { problem: 'bad_request', message: 'Choose a photo, sound recording or video to add.' });
  }
  const result = await saveMedia({
    actorId: user.id,
    kind,
    bytes: new Uint8Array(await file.arrayBuffer()),
    durationMs: Number(form.get('durationMs')) || null,
  });
  if (!result.isSaved) return reply(result.problem === 'not_allowed' ? 404 : 400, { problem: result.problem, message: result.message });
  return reply(201, { id: result.asset.id, kind: result.asset.kind, contentType: result.asset.contentType });
}
