// The browser's half of push notifications (decision 029). Asks for permission only when the person taps,
// never on load. Works only with a service worker, PushManager and Notification: anywhere else the page
// says so and offers texts.

export type PushState = 'checking' | 'unsupported' | 'blocked' | 'off' | 'on';
export type TurnOnPush = (subscription: PushSubscriptionJSON) => Promise<{ isSaved: boolean }>;

/** Tells every push control on the page that this browser's push was turned on or off. */
const CHANGED = 'ns-push-changed';

export function isPushSupported(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

async function registration(): Promise<ServiceWorkerRegistration | null> {
  // The worker registers after the page loads (components/pwa); in `next dev` it may never come.
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, (char) => char.charCodeAt(0));
}

function sameKey(key: ArrayBuffer | null | undefined, wanted: Uint8Array): boolean {
  if (!key) return false;
  const bytes = new Uint8Array(key);
  return bytes.length === wanted.length && bytes.every((byte, index) => byte === wanted[index]);
}

/** Whether push is on for this browser: it has a subscription the server knows is this person's. */
export async function readPushState(knownEndpoints: readonly string[]): Promise<PushState> {
  if (!isPushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  const ready = await registration();
  if (!ready) return 'unsupported';
  const subscription = await ready.pushManager.getSubscription();
  return subscription && Notification.permission === 'granted' && knownEndpoints.includes(subscription.endpoint) ? 'on' : 'off';
}

/** After a tap: asks for permission, subscribes with our VAPID key, and saves it. The state it ends in. */
export async function turnPushOn(publicKey: string, save: TurnOnPush): Promise<PushState> {
  if (!isPushSupported()) return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission === 'denied') return 'blocked';
  if (permission !== 'granted') return 'off';
  const ready = await registration();
  if (!ready) return 'unsupported';
  const key = keyBytes(publicKey);
  let subscription = await ready.pushManager.getSubscription();
  // Made with another key (the service's keys changed): the browser will not subscribe again until it goes.
  if (subscription && !sameKey(subscription.options.applicationServerKey, key)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await ready.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  const { isSaved } = await save(subscription.toJSON());
  const state: PushState = isSaved ? 'on' : 'off';
  window.dispatchEvent(new CustomEvent(CHANGED, { detail: state }));
  return state;
}

/** Turns push off here: the browser forgets the subscription and the server deletes it. */
export async function turnPushOff(turnOff: (endpoint: string) => Promise<void>): Promise<PushState> {
  const ready = isPushSupported() ? await registration() : null;
  const subscription = await ready?.pushManager.getSubscription();
  if (subscription) {
    await turnOff(subscription.endpoint);
    await subscription.unsubscribe();
  }
  window.dispatchEvent(new CustomEvent(CHANGED, { detail: 'off' }));
  return 'off';
}

/** Calls back when another control on the page turns push on or off. Returns the clean-up. */
export function onPushChanged(callback: (state: PushState) => void): () => void {
  const listener = (event: Event) => callback((event as CustomEvent<PushState>).detail);
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}
