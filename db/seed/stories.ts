import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, ilike } from 'drizzle-orm';
import { inspectMedia } from '@/lib/media/inspect';
import { newStorageKey } from '@/lib/media/keys';
import type { MediaKind } from '@/lib/media/rules';
import { mediaStorage } from '@/lib/media/storage';
import type { Database } from '../client';
import { courses, mediaAssets, stories, type NewStory } from '../schema';

/*
 * Demo stories: two insider stories for the demo college (one sound, one video with captions) and a recorded
 * story for "Car mechanic" in Explore. The recordings in db/seed/media were made with a computer voice
 * (espeak-ng, see scripts/make-demo-stories.sh), standing in for real young people's recordings.
 */

const MEDIA_FOLDER = path.join(process.cwd(), 'db', 'seed', 'media');

async function seedClip(db: Database, { ownerId, file, kind }: { ownerId: string; file: string; kind: MediaKind }): Promise<string> {
  const bytes = new Uint8Array(await readFile(path.join(MEDIA_FOLDER, file)));
  const check = await inspectMedia({ kind, bytes });
  if (!check.isAccepted) throw new Error(`The demo clip ${file} is not accepted: ${check.message}`);
  const storageKey = newStorageKey(ownerId);
  await mediaStorage().put(storageKey, bytes, check.contentType);
  const [row] = await db
    .insert(mediaAssets)
    .values({ ownerId, kind, storageKey, contentType: check.contentType, byteSize: bytes.byteLength })
    .returning({ id: mediaAssets.id });
  if (!row) throw new Error(`Could not seed the demo clip ${file}.`);
  return row.id;
}

async function seedStory(db: Database, values: Omit<NewStory, 'id' | 'mediaId'> & { clip: { ownerId: string; file: string; kind: MediaKind } }) {
  const { clip, ...story } = values;
  const mediaId = await seedClip(db, clip);
  await db.insert(stories).values({ ...story, mediaId, createdById: clip.ownerId });
}

export async function seedDemoStories(
  db: Database,
  { laId, providerId, providerStaffId, laAdminId }: { laId: string; providerId: string; providerStaffId: string; laAdminId: string },
): Promise<number> {
  // The college's Level 2 motor vehicle course, where the demo's car-mad young people are pointed.
  const [course] = await db
    .select({ id: courses.id })
    .from(courses)
    .where(and(eq(courses.providerId, providerId), ilike(courses.title, 'motor vehicle maintenance%'), eq(courses.level, 'level_2')))
    .limit(1);
  if (course) {
    await seedStory(db, {
      laId,
      providerId,
      courseId: course.id,
      tellerName: 'Aisha',
      tellerAge: 17,
      transcript: await readFile(path.join(MEDIA_FOLDER, 'story-motor-vehicle.txt'), 'utf8'),
      clip: { ownerId: providerStaffId, file: 'story-motor-vehicle.ogg', kind: 'audio' },
    });
  }
  await seedStory(db, {
    laId,
    providerId,
    tellerName: 'Marcus',
    tellerAge: 16,
    transcript: await readFile(path.join(MEDIA_FOLDER, 'story-college.txt'), 'utf8'),
    captions: await readFile(path.join(MEDIA_FOLDER, 'story-college.vtt'), 'utf8'),
    clip: { ownerId: providerStaffId, file: 'story-college.webm', kind: 'video' },
  });
  await seedStory(db, {
    laId,
    kindOfWork: 'mechanic',
    tellerName: 'Kyle',
    tellerAge: 17,
    transcript: await readFile(path.join(MEDIA_FOLDER, 'story-mechanic.txt'), 'utf8'),
    clip: { ownerId: laAdminId, file: 'story-mechanic.ogg', kind: 'audio' },
  });
  return course ? 3 : 2;
}
