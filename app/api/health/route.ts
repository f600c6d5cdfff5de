import { connection } from 'next/server';
import { checkDatabaseHealth } from '@/db/queries/health';

export async function GET() {
  await connection();
  const database = await checkDatabaseHealth();
  const body = { status: database.ok ? 'ok' : 'error', app: 'ok', database };
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
