import 'server-only';
import { desc } from 'drizzle-orm';
import { db } from '../client';
import { outboxMessages } from '../schema';

export type OutboxMessageInput = {
  channel: 'sms' | 'email' | 'push';
  recipient: string;
  template: string;
  personalisation: Record<string, string>;
  body: string;
  notifyId: string | null;
};

/** Records a message the service sent (or, without Notify, "sent" to the local outbox). System use only. */
export async function createOutboxMessage(message: OutboxMessageInput): Promise<void> {
  await db.insert(outboxMessages).values(message);
}

export type OutboxMessageView = { id: string; channel: string; recipient: string; body: string; createdAt: Date };

/**
 * The latest messages, for the demo/test outbox page. Only callable outside a live service
 * (the page checks serviceEnvironment()): in a live service messages really go out and are not shown.
 */
export async function findLatestOutboxMessages({ limit = 50 }: { limit?: number } = {}): Promise<OutboxMessageView[]> {
  return db
    .select({
      id: outboxMessages.id,
      channel: outboxMessages.channel,
      recipient: outboxMessages.recipient,
      body: outboxMessages.body,
      createdAt: outboxMessages.createdAt,
    })
    .from(outboxMessages)
    .orderBy(desc(outboxMessages.createdAt))
    .limit(limit);
}
